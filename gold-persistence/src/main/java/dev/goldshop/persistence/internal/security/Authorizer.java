package dev.goldshop.persistence.internal.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.security.Permission;
import dev.goldshop.persistence.internal.mapper.AuthorizationMapper;
import dev.goldshop.persistence.internal.tx.TransactionRunner;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one authorization step of every facade call. Deny by default: a user who does not
 * exist, is inactive, or whose role lacks the permission is refused; any failure while
 * looking permissions up is a refusal too. The system actor (scheduled jobs inside the engine)
 * may do everything.
 *
 * <p>Grants are cached per user. Every change to users or roles invalidates the cache of this
 * engine right after commit and, through {@code NOTIFY goldshop_changes}, of every other
 * engine on the database.
 */
public final class Authorizer {
    /** The notification payload that invalidates every engine's permission cache. */
    public static final String CHANGE = "authz";

    private final TransactionRunner transactions;
    private final Cache<UUID, Optional<Grants>> cache = Caffeine.newBuilder()
            .maximumSize(10_000)
            // A safety net only: invalidation is by notification.
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    /**
     * Creates the authorizer.
     *
     * @param transactions the engine's transaction runner
     */
    public Authorizer(TransactionRunner transactions) {
        this.transactions = transactions;
    }

    /** What a user may do. */
    record Grants(String username, boolean active, Set<String> permissions) {
    }

    /**
     * Refuses the call unless the actor holds the permission.
     *
     * @param ctx who calls
     * @param permission what the call needs
     * @throws PermissionDeniedException if refused
     */
    public void check(CallContext ctx, Permission permission) {
        if (!allows(ctx, permission)) {
            throw denial(ctx, permission);
        }
    }

    /**
     * The exception for a refused call.
     *
     * @param ctx who called
     * @param permission what the call needed
     * @return the exception, to be thrown
     */
    public PermissionDeniedException denial(CallContext ctx, Permission permission) {
        return new PermissionDeniedException(ErrorCode.PERMISSION_DENIED,
                "permission " + permission + " is required for this call and " + ctx.actor().name()
                        + " does not have it", null);
    }

    /**
     * Whether the actor holds the permission; never throws.
     *
     * @param ctx who calls
     * @param permission the permission
     * @return true if allowed
     */
    public boolean allows(CallContext ctx, Permission permission) {
        if (ctx.actor().isSystem()) {
            return true;
        }
        try {
            Optional<Grants> grants = cache.get(ctx.actor().userId(), this::load);
            return grants.isPresent() && grants.get().active()
                    && grants.get().permissions().contains(permission.toString());
        } catch (RuntimeException e) {
            // An error while looking up permissions must deny, never allow.
            return false;
        }
    }

    /**
     * Whether a user exists and is active.
     *
     * @param userId the user
     * @return true if the user may act
     */
    public boolean isActiveUser(UUID userId) {
        try {
            Optional<Grants> grants = cache.get(userId, this::load);
            return grants.isPresent() && grants.get().active();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Forgets every cached grant (after a change to users or roles, here or elsewhere). */
    public void invalidateAll() {
        cache.invalidateAll();
    }

    private Optional<Grants> load(UUID userId) {
        GrantRow row = transactions.inTransaction(tx -> tx.mapper(AuthorizationMapper.class).selectGrants(userId));
        if (row == null) {
            return Optional.empty();
        }
        Set<String> permissions = new HashSet<>();
        if (row.permissions() != null) {
            row.permissions().forEach(p -> permissions.add(p.asText()));
        }
        return Optional.of(new Grants(row.username(), row.active(), Set.copyOf(permissions)));
    }
}
