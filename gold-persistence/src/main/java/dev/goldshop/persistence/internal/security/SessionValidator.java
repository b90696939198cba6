package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.AuthenticationException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.security.SessionPrincipal;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.AuditWriter;
import dev.goldshop.persistence.internal.mapper.SessionMapper;
import dev.goldshop.persistence.internal.tx.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Turns a token into its session's principal, on every request (SECURITY.md SES-04, SES-05).
 *
 * <p>The session row is read on every call, never cached, so a revoke is in force from the
 * moment it commits. Writing is rare: the last activity is stored again only once it is older
 * than the policy's refresh interval, by one UPDATE that re-checks that the session is still
 * live (a revoke that committed in between makes it match nothing, and the token is refused). A
 * session found idle or past its lifetime is ended there and then, with its audit row.
 */
final class SessionValidator {
    /** The one message of every refused token, whatever the reason. */
    static final String REFUSED = "the session token is not valid: sign in again";

    private final TransactionRunner transactions;
    private final Clock clock;
    private final AuditWriter audit;
    private final SecuritySettings settings;

    SessionValidator(TransactionRunner transactions, Clock clock, AuditWriter audit, SecuritySettings settings) {
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
        this.settings = settings;
    }

    SessionPrincipal validate(String token) {
        if (!SessionTokens.isWellFormed(token)) {
            throw refused();
        }
        String digest = SessionTokens.digest(token);
        SecurityPolicy policy = settings.current();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        SessionPrincipal principal = transactions.inTransaction(tx -> {
            SessionMapper sessions = tx.mapper(SessionMapper.class);
            SessionRow row = sessions.selectByTokenHash(digest);
            if (row == null || !row.active()) {
                return null;
            }
            String ended = expiry(row, now, policy);
            if (ended != null) {
                if (sessions.end(row.id(), now, ended) == 1) {
                    audit.write(tx, contextOf(row), new AuditEvent("session_expired", "session", row.id(), null, null,
                            Map.of("reason", ended)), AuditWriter.SUCCESS);
                }
                return null;
            }
            if (!row.userActive() || (row.userLockedUntil() != null && row.userLockedUntil().isAfter(now))) {
                return null;
            }
            if (!row.lastActivity().isAfter(now.minus(policy.activityRefresh())) && sessions.touch(row.id(), now) == 0) {
                return null;
            }
            return new SessionPrincipal(row.userId(), row.username(), row.id(),
                    policy.absoluteEnd(row.createdAt(), row.expiresAt()), contextOf(row));
        });
        if (principal == null) {
            throw refused();
        }
        return principal;
    }

    /**
     * The context of calls made in a session.
     *
     * @param row the session
     * @return its user, id, address and user agent
     */
    static CallContext contextOf(SessionRow row) {
        return new CallContext(Actor.user(row.userId(), row.username()), row.id(), SecurityInputs.text(row.ipAddress()),
                row.userAgent(), null);
    }

    /** Why a live session must end now ({@code expired} or {@code idle}), or null if it may go on. */
    private static String expiry(SessionRow row, Instant now, SecurityPolicy policy) {
        if (!now.isBefore(policy.absoluteEnd(row.createdAt(), row.expiresAt()))) {
            return "expired";
        }
        if (!now.isBefore(row.lastActivity().plus(policy.idleTimeout()))) {
            return "idle";
        }
        return null;
    }

    private static AuthenticationException refused() {
        return new AuthenticationException(ErrorCode.AUTHENTICATION_FAILED, REFUSED, null);
    }
}
