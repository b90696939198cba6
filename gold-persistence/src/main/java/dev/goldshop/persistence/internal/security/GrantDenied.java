package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.security.Permission;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.AuditWriter;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Refuses to let anyone grant what they do not hold (a user who may edit roles must not be able
 * to make themselves owner). Thrown inside the change's transaction, which rolls back; the
 * refusal's audit row is written after the rollback, by {@link #write}.
 */
final class GrantDenied extends PermissionDeniedException {
    private static final long serialVersionUID = 1L;

    private final transient AuditEvent event;

    private GrantDenied(String message, AuditEvent event) {
        super(ErrorCode.PERMISSION_DENIED, message, null);
        this.event = event;
    }

    /**
     * Refuses unless the caller holds every permission given.
     *
     * @param calls the call path (for what the caller holds)
     * @param ctx who calls
     * @param granted the permissions the change would grant
     * @param resourceType what is changed, for the audit row
     * @param resourceId which one, or null
     * @throws GrantDenied if any is missing
     */
    static void requireHeld(Calls calls, CallContext ctx, Set<Permission> granted, String resourceType,
            UUID resourceId) {
        TreeSet<String> missing = new TreeSet<>();
        for (Permission permission : granted) {
            if (!calls.holds(ctx, permission)) {
                missing.add(permission.toString());
            }
        }
        if (!missing.isEmpty()) {
            List<String> names = List.copyOf(missing);
            throw new GrantDenied(ctx.actor().name() + " may not grant permissions they do not hold: " + names,
                    new AuditEvent("access_denied", resourceType, resourceId, null, null,
                            Map.of("not_held", names)));
        }
    }

    /**
     * A change through {@link Calls#writeAuthorized} whose grant refusal, if any, is audited
     * once the change has rolled back.
     *
     * @param calls the call path
     * @param ctx who calls
     * @param work the change
     * @param <T> the result type
     * @return the result
     */
    static <T> T write(Calls calls, CallContext ctx, Function<Tx, Audited<T>> work) {
        try {
            return calls.writeAuthorized(ctx, work);
        } catch (GrantDenied refused) {
            calls.recordOutcome(ctx, refused.event, AuditWriter.DENIED);
            throw refused;
        }
    }
}
