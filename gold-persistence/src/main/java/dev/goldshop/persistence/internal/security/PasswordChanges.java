package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.AuthenticationException;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.security.PasswordResetToken;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.security.User;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.AuditWriter;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.PasswordResetMapper;
import dev.goldshop.persistence.internal.mapper.UserMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Changing one's own password and resetting one with a token (SECURITY.md AUTH-06, SES-05).
 * A reset token carries 256 random bits, is stored only as its SHA-256 hash, expires, and is
 * consumed by a single UPDATE, so two concurrent uses cannot both succeed.
 */
final class PasswordChanges {
    /** How long a reset token works when the shop has no setting yet. */
    static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(30);

    private static final String INVALID_TOKEN = "the password reset token is not valid: it is unknown, already"
            + " used or expired; ask an administrator for a new one";

    private final Calls calls;
    private final IdGenerator ids;
    private final PasswordHasher hasher;

    PasswordChanges(Calls calls, IdGenerator ids, PasswordHasher hasher) {
        this.calls = calls;
        this.ids = ids;
        this.hasher = hasher;
    }

    void change(CallContext ctx, char[] currentPassword, char[] newPassword) {
        if (ctx == null) {
            throw new NullPointerException("a CallContext is required for every call");
        }
        if (ctx.actor().isSystem()) {
            throw refuse(ctx, null, "the system has no password to change; only a signed-in user changes their own");
        }
        UUID userId = ctx.actor().userId();
        Credentials credentials = calls.transactions()
                .inTransaction(tx -> tx.mapper(UserMapper.class).selectCredentials(userId));
        if (credentials == null || !credentials.active()) {
            throw refuse(ctx, userId, "only an existing, active user changes their own password");
        }
        List<FieldError> missing = new ArrayList<>();
        if (currentPassword == null) {
            missing.add(new FieldError("currentPassword", null, "is required: the password the user has now"));
        }
        if (newPassword == null) {
            missing.add(new FieldError("newPassword", null, "is required: the password the user wants"));
        }
        SecurityFields.throwIfAny(missing);
        if (!hasher.verify(currentPassword, credentials.passwordHash())) {
            calls.recordOutcome(ctx, new AuditEvent("password_change", "user", userId, null, null,
                    Map.of("reason", "wrong current password")), AuditWriter.FAILURE);
            throw new AuthenticationException("the current password is not correct");
        }
        PasswordPolicy.require("newPassword", newPassword, credentials.username(), credentials.email());
        String phc = hasher.hash(newPassword);
        calls.writeAuthorized(ctx, tx -> {
            UserMapper users = tx.mapper(UserMapper.class);
            Instant now = Versions.now(calls.clock());
            if (users.updatePassword(userId, phc, credentials.passwordHash(), now) == 0) {
                throw new ConflictException(ErrorCode.STALE_VERSION, "the password of user " + credentials.username()
                        + " was changed by another call at the same time; sign in with the newer password", null);
            }
            int ended = users.endSessions(userId, ctx.sessionId(), "password_changed", now);
            return Audited.of(null, new AuditEvent("password_change", "user", userId, null, null,
                    Map.of("other_sessions_ended", ended)));
        });
    }

    PasswordResetToken requestReset(CallContext ctx, UUID userId) {
        calls.authorize(ctx, Permissions.USER_RESET_PASSWORD);
        if (userId == null) {
            throw ValidationException.of("userId", null, "is required: the id of an existing user");
        }
        return calls.writeAuthorized(ctx, tx -> {
            User user = tx.mapper(UserMapper.class).selectById(userId);
            if (user == null) {
                throw new NotFoundException("user", userId);
            }
            if (!user.active()) {
                throw new BusinessRuleException("user " + user.username()
                        + " is deactivated; reactivate them before resetting their password");
            }
            PasswordResetMapper resets = tx.mapper(PasswordResetMapper.class);
            Integer minutes = resets.selectLifetimeMinutes();
            Instant now = Versions.now(calls.clock());
            Instant expiresAt = now.plus(minutes == null ? DEFAULT_TOKEN_LIFETIME : Duration.ofMinutes(minutes));
            int revoked = resets.deleteUnused(userId);
            String token = Secrets.newToken();
            resets.insert(new ResetTokenRow(ids.newId(), userId, Secrets.sha256(token), expiresAt, now,
                    ctx.actor().userId()));
            return Audited.of(new PasswordResetToken(userId, token, expiresAt),
                    new AuditEvent("password_reset_request", "user", userId, null, null,
                            Map.of("expires_at", expiresAt.toString(), "earlier_tokens_revoked", revoked)));
        });
    }

    void reset(String token, char[] newPassword, String ipAddress, String userAgent) {
        CallContext anonymous = CallContext.system("password-reset").withClient(ipAddress, userAgent);
        if (newPassword == null) {
            throw ValidationException.of("newPassword", null, "is required: the password the user wants");
        }
        if (!Secrets.looksLikeToken(token)) {
            throw invalidToken(anonymous, null);
        }
        String tokenHash = Secrets.sha256(token);
        Credentials target = calls.transactions().inTransaction(tx -> tx.mapper(PasswordResetMapper.class)
                .selectUsable(tokenHash, Versions.now(calls.clock())));
        if (target == null || !target.active()) {
            throw invalidToken(anonymous, target == null ? null : target.userId());
        }
        PasswordPolicy.require("newPassword", newPassword, target.username(), target.email());
        String phc = hasher.hash(newPassword);
        CallContext asUser = new CallContext(Actor.user(target.userId(), target.username()), null, ipAddress,
                userAgent, null);
        try {
            calls.writeAuthorized(asUser, tx -> {
                Instant now = Versions.now(calls.clock());
                UUID userId = tx.mapper(PasswordResetMapper.class).consume(tokenHash, now);
                if (userId == null) {
                    // Used, expired or deactivated since it was looked up: the UPDATE decided.
                    throw new AuthenticationException(INVALID_TOKEN);
                }
                UserMapper users = tx.mapper(UserMapper.class);
                users.resetPassword(userId, phc, now);
                int ended = users.endSessions(userId, null, "password_changed", now);
                return Audited.of(null, new AuditEvent("password_reset", "user", userId, null, null,
                        Map.of("sessions_ended", ended)));
            });
        } catch (AuthenticationException raced) {
            throw invalidToken(anonymous, target.userId());
        }
    }

    private AuthenticationException invalidToken(CallContext anonymous, UUID userId) {
        calls.recordOutcome(anonymous, new AuditEvent("password_reset", "user", userId, null, null,
                Map.of("reason", "invalid token")), AuditWriter.FAILURE);
        return new AuthenticationException(INVALID_TOKEN);
    }

    private PermissionDeniedException refuse(CallContext ctx, UUID userId, String message) {
        calls.recordOutcome(ctx, new AuditEvent("access_denied", "user", userId, null, null,
                Map.of("call", "changePassword")), AuditWriter.DENIED);
        return new PermissionDeniedException(message);
    }
}
