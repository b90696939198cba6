package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.security.SessionInfo;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.AuditWriter;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.LoginFailureMapper;
import dev.goldshop.persistence.internal.mapper.SessionMapper;
import dev.goldshop.persistence.internal.page.Cursors;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Logout, revocation, listing and clean-up of sessions.
 *
 * <p>Ending a session that has already ended changes nothing, and so writes no audit row. That
 * is why the ending calls check the permission with {@code Calls.authorize} (which audits a
 * refusal) and then write their one audit row themselves, only when a session was ended,
 * rather than through {@code Calls.write}, which always writes one.
 */
final class SessionAdmin {
    private final Calls calls;
    private final SecuritySettings settings;
    private final SecurityInputs inputs;

    SessionAdmin(Calls calls, SecuritySettings settings, SecurityInputs inputs) {
        this.calls = calls;
        this.settings = settings;
        this.inputs = inputs;
    }

    void logout(String token) {
        if (!SessionTokens.isWellFormed(token)) {
            return;
        }
        String digest = SessionTokens.digest(token);
        Instant now = now();
        inTransaction(tx -> {
            SessionRow row = tx.mapper(SessionMapper.class).selectByTokenHash(digest);
            if (row != null && tx.mapper(SessionMapper.class).end(row.id(), now, "logout") == 1) {
                audit(tx, SessionValidator.contextOf(row), new AuditEvent("logout", "session", row.id(), null, null,
                        Map.of()));
            }
            return null;
        });
    }

    void revokeSession(CallContext ctx, UUID sessionId) {
        Objects.requireNonNull(ctx, "ctx");
        SessionRow row = sessionId == null ? null
                : inTransaction(tx -> tx.mapper(SessionMapper.class).selectById(sessionId));
        if (row == null || !isCaller(ctx, row.userId())) {
            // Checked before "not found", so that without the permission nobody learns which ids exist.
            calls.authorize(ctx, Permissions.SESSION_REVOKE);
        }
        required("sessionId", sessionId);
        if (row == null) {
            throw new NotFoundException("session", sessionId);
        }
        Instant now = now();
        inTransaction(tx -> {
            if (tx.mapper(SessionMapper.class).end(sessionId, now, "revoked") == 1) {
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("active", false);
                after.put("ended_at", now.toString());
                after.put("end_reason", "revoked");
                audit(tx, ctx, new AuditEvent("revoke", "session", sessionId, Map.of("active", true), after,
                        Map.of("user_id", row.userId().toString())));
            }
            return null;
        });
    }

    int revokeAllSessions(CallContext ctx, UUID userId) {
        Objects.requireNonNull(ctx, "ctx");
        if (!isCaller(ctx, userId)) {
            calls.authorize(ctx, Permissions.SESSION_REVOKE);
        }
        required("userId", userId);
        Instant now = now();
        return inTransaction(tx -> {
            List<UUID> ended = tx.mapper(SessionMapper.class).endAllOfUser(userId, now, "revoked");
            if (!ended.isEmpty()) {
                audit(tx, ctx, new AuditEvent("revoke_all", "user", userId, null, null,
                        Map.of("ended_sessions", ended.stream().map(UUID::toString).toList())));
            }
            return ended.size();
        });
    }

    Page<SessionInfo> listSessions(CallContext ctx, UUID userId, PageRequest page) {
        Objects.requireNonNull(ctx, "ctx");
        boolean own = isCaller(ctx, userId);
        if (!own) {
            calls.authorize(ctx, Permissions.SESSION_READ);
        }
        required("userId", userId);
        PageRequest request = page == null ? PageRequest.first() : page;
        Cursors.TimeAndId cursor = Cursors.decodeTimeAndId(request.cursor());
        Instant after = cursor == null ? null : cursor.at();
        UUID afterKey = cursor == null ? null : cursor.id();
        List<SessionRow> rows = inTransaction(
                tx -> tx.mapper(SessionMapper.class).selectPage(userId, after, afterKey, request.limit() + 1));
        boolean more = rows.size() > request.limit();
        List<SessionRow> items = more ? rows.subList(0, request.limit()) : rows;
        Optional<String> next = more ? Optional.of(Cursors.encode(items.get(items.size() - 1).createdAt().toString(),
                items.get(items.size() - 1).id().toString())) : Optional.empty();
        SecurityPolicy policy = settings.current();
        Instant now = now();
        return new Page<>(items.stream().map(row -> info(row, policy, now)).toList(), next);
    }

    int purgeExpiredSessions(CallContext ctx) {
        calls.authorize(ctx, Permissions.SESSION_REVOKE);
        SecurityPolicy policy = settings.current();
        Instant now = now();
        return inTransaction(tx -> {
            SessionMapper sessions = tx.mapper(SessionMapper.class);
            int ended = sessions.endExpired(now, now.minus(policy.idleTimeout()), now.minus(policy.absoluteLifetime()));
            int deleted = sessions.deleteEndedBefore(now.minus(SuspiciousLoginRule.LOOK_BACK));
            int forgotten = tx.mapper(LoginFailureMapper.class).deleteStale(now, now.minus(policy.lockoutWindow()));
            if (ended + deleted + forgotten > 0) {
                audit(tx, ctx, new AuditEvent("purge", "session", null, null, null,
                        Map.of("ended", ended, "deleted", deleted, "address_counts_deleted", forgotten)));
            }
            return ended + deleted;
        });
    }

    private SessionInfo info(SessionRow row, SecurityPolicy policy, Instant now) {
        Instant end = policy.absoluteEnd(row.createdAt(), row.expiresAt());
        boolean live = row.active() && now.isBefore(end) && now.isBefore(row.lastActivity().plus(policy.idleTimeout()));
        return new SessionInfo(row.id(), row.userId(), live, SecurityInputs.text(row.ipAddress()), row.userAgent(),
                inputs.map(row.deviceInfo()), inputs.map(row.locationInfo()), row.createdAt(), row.lastActivity(), end,
                row.endedAt(), row.endReason());
    }

    private static boolean isCaller(CallContext ctx, UUID userId) {
        return userId != null && !ctx.actor().isSystem() && userId.equals(ctx.actor().userId());
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw ValidationException.of(field, null, "is required");
        }
    }

    private void audit(Tx tx, CallContext ctx, AuditEvent event) {
        calls.audit().write(tx, ctx, event, AuditWriter.SUCCESS);
    }

    private <T> T inTransaction(Function<Tx, T> work) {
        return calls.transactions().inTransaction(work);
    }

    private Instant now() {
        return calls.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }
}
