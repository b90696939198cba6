package dev.goldshop.persistence.internal.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.AuthenticationException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.security.LoginRequest;
import dev.goldshop.core.security.LoginResult;
import dev.goldshop.core.security.SessionPrincipal;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.AuditWriter;
import dev.goldshop.persistence.internal.mapper.SessionMapper;
import dev.goldshop.persistence.internal.tx.TransactionRunner;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * One login, start to finish. Reads the account (and whether the address is locked) without
 * writing, checks the password outside any transaction (hashing is slow and must not hold a
 * connection), then either records the failure in a transaction of its own that commits before
 * the refusal is thrown, or opens the session in one transaction.
 *
 * <p>Every refusal is the same {@link AuthenticationException}: the reason is only in the
 * {@code login_failed} audit row. An unknown user costs one dummy hash (AUTH-05), so it takes
 * as long as a wrong password.
 */
final class LoginHandler {
    /** The one message of every refused login, whatever the reason. */
    static final String REFUSED = "the username or password is not correct, or the account cannot sign in now";
    /** The actor of audit rows about logins of accounts that do not exist. */
    static final String AUTHENTICATION = "authentication";
    private static final int MAX_USERNAME_LENGTH = 100;
    private static final int MAX_DESCRIPTION_CHARS = 4096;

    private final TransactionRunner transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final AuditWriter audit;
    private final SecuritySettings settings;
    private final PasswordHasher hasher;
    private final SessionTokens tokens;
    private final LoginThrottle throttle;
    private final SuspiciousLoginRule suspicious;
    private final SecurityInputs inputs;
    // Each Argon2 check holds 19 MiB for its duration: a burst of logins must queue rather than
    // exhaust the host's memory, and more concurrent hashes than cores would not finish sooner.
    private final Semaphore hashing = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);

    LoginHandler(TransactionRunner transactions, Clock clock, IdGenerator ids, AuditWriter audit,
            SecuritySettings settings, PasswordHasher hasher, SessionTokens tokens, LoginThrottle throttle,
            SuspiciousLoginRule suspicious, SecurityInputs inputs) {
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.audit = audit;
        this.settings = settings;
        this.hasher = hasher;
        this.tokens = tokens;
        this.throttle = throttle;
        this.suspicious = suspicious;
        this.inputs = inputs;
    }

    /** A validated request: what is stored and compared. */
    private record Attempt(LoginRequest request, InetAddress address, String userAgent, JsonNode device,
            JsonNode location, CallContext client) {
    }

    /** What the first read found. */
    private record Lookup(boolean addressLocked, LoginUserRow user) {
    }

    /**
     * Checks the credentials and opens a session, or records the refusal and throws.
     *
     * @param request the attempt
     * @return the new session's token and principal
     */
    LoginResult login(LoginRequest request) {
        if (transactions.inTransactionNow()) {
            throw new IllegalStateException("login must not run inside a group of calls: a failed attempt is counted "
                    + "in a transaction of its own, which the group's rollback would undo");
        }
        Attempt attempt = validate(request);
        SecurityPolicy policy = settings.current();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Lookup found = transactions.inTransaction(tx -> new Lookup(throttle.addressLocked(tx, attempt.address(), now),
                tx.mapper(SessionMapper.class).selectLoginUser(request.username())));
        LoginUserRow user = found.user();
        if (found.addressLocked()) {
            // Refused before any hashing: a locked address is not told more, and costs us nothing.
            throw refuse(attempt, user, "address_locked", now, policy);
        }
        if (user == null) {
            gated(() -> {
                hasher.verifyDummy(request.password());
                return null;
            });
            throw refuse(attempt, null, "unknown_user", now, policy);
        }
        boolean matches = gated(() -> hasher.verify(request.password(), user.passwordHash()));
        if (!matches) {
            throw refuse(attempt, user, "bad_password", now, policy);
        }
        if (!user.active()) {
            throw refuse(attempt, user, "inactive", now, policy);
        }
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            throw refuse(attempt, user, "account_locked", now, policy);
        }
        String rehash = hasher.needsRehash(user.passwordHash()) ? gated(() -> hasher.hash(request.password())) : null;
        String token = tokens.newToken();
        LoginResult result = transactions.inTransaction(tx -> open(tx, attempt, user, rehash, token, now, policy));
        if (result == null) {
            // The account was deactivated, locked or given a new password between the check and now.
            throw refuse(attempt, user, "account_changed", now, policy);
        }
        return result;
    }

    private LoginResult open(Tx tx, Attempt attempt, LoginUserRow user, String rehash, String token, Instant now,
            SecurityPolicy policy) {
        SessionMapper sessions = tx.mapper(SessionMapper.class);
        if (sessions.recordSuccess(user.id(), user.passwordHash(), rehash, now) == 0) {
            return null;
        }
        List<String> reasons = suspicious.reasons(tx, user.id(), attempt.address(), attempt.device(), now,
                policy.businessHours());
        Map<String, String> ended = new LinkedHashMap<>();
        String previous = attempt.request().previousToken();
        if (SessionTokens.isWellFormed(previous)) {
            SessionRow replaced = sessions.selectByTokenHash(SessionTokens.digest(previous));
            if (replaced != null && sessions.end(replaced.id(), now, "replaced") == 1) {
                ended.put(replaced.id().toString(), "replaced");
            }
        }
        for (UUID capped : sessions.endBeyondCap(user.id(), policy.maxSessionsPerUser() - 1, now,
                now.minus(policy.idleTimeout()), now.minus(policy.absoluteLifetime()))) {
            ended.put(capped.toString(), "session_cap");
        }
        UUID sessionId = ids.newId();
        Instant expiresAt = now.plus(policy.absoluteLifetime());
        sessions.insert(new NewSessionRow(sessionId, user.id(), SessionTokens.digest(token), attempt.address(),
                attempt.userAgent(), attempt.device(), attempt.location(), now, expiresAt));
        CallContext session = new CallContext(Actor.user(user.id(), user.username()), sessionId,
                SecurityInputs.text(attempt.address()), attempt.userAgent(), null);
        Map<String, Object> opened = new LinkedHashMap<>();
        opened.put("user_id", user.id().toString());
        opened.put("expires_at", expiresAt.toString());
        opened.put("device_info", attempt.device());
        opened.put("location_info", attempt.location());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("password_rehashed", rehash != null);
        if (!ended.isEmpty()) {
            facts.put("ended_sessions", ended);
        }
        if (!reasons.isEmpty()) {
            facts.put("suspicious", reasons);
        }
        audit.write(tx, session, new AuditEvent("login", "session", sessionId, null, opened, facts),
                AuditWriter.SUCCESS);
        if (!reasons.isEmpty()) {
            suspicious.raise(tx, session, reasons, attempt.device());
        }
        return new LoginResult(token, new SessionPrincipal(user.id(), user.username(), sessionId, expiresAt, session));
    }

    /**
     * Records a refused login (its counts, its audit row, any lock and alert) in a transaction
     * of its own, then returns the one exception every refusal throws.
     */
    private AuthenticationException refuse(Attempt attempt, LoginUserRow user, String reason, Instant now,
            SecurityPolicy policy) {
        transactions.inTransaction(tx -> {
            if (attempt.address() != null && !"address_locked".equals(reason)) {
                throttle.countAddressFailure(tx, attempt.client(), attempt.address(), now, policy);
            }
            if ("bad_password".equals(reason)) {
                throttle.countAccountFailure(tx, attempt.client(), user, now, policy);
            }
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("reason", reason);
            CallContext who;
            if (user == null) {
                who = attempt.client();
                facts.put("attempted_username", AuditWriter.escape(attempt.request().username()));
            } else {
                who = new CallContext(Actor.user(user.id(), user.username()), null, attempt.client().ipAddress(),
                        attempt.client().userAgent(), null);
            }
            audit.write(tx, who, new AuditEvent("login_failed", "user", user == null ? null : user.id(), null, null,
                    facts), AuditWriter.FAILURE);
            return null;
        });
        return new AuthenticationException(ErrorCode.AUTHENTICATION_FAILED, REFUSED, null);
    }

    private Attempt validate(LoginRequest request) {
        if (request == null) {
            throw ValidationException.of("request", null, "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String username = request.username();
        if (username == null || username.isBlank()) {
            errors.add(new FieldError("username", username, "must not be blank"));
        } else if (username.length() > MAX_USERNAME_LENGTH) {
            errors.add(new FieldError("username", username.length() + " characters",
                    "must be at most " + MAX_USERNAME_LENGTH + " characters"));
        }
        char[] password = request.password();
        if (password == null || password.length == 0) {
            errors.add(new FieldError("password", null, "must not be empty"));
        } else if (password.length > LoginRequest.MAX_PASSWORD_LENGTH) {
            errors.add(new FieldError("password", "****", "must be at most " + LoginRequest.MAX_PASSWORD_LENGTH
                    + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        InetAddress address = SecurityInputs.ipAddress("ipAddress", request.ipAddress());
        String userAgent = request.userAgent() == null || request.userAgent().length() <= LoginRequest.MAX_USER_AGENT_LENGTH
                ? request.userAgent() : request.userAgent().substring(0, LoginRequest.MAX_USER_AGENT_LENGTH);
        JsonNode device = inputs.tree("deviceInfo", request.deviceInfo(), MAX_DESCRIPTION_CHARS);
        JsonNode location = inputs.tree("locationInfo", request.locationInfo(), MAX_DESCRIPTION_CHARS);
        CallContext client = CallContext.system(AUTHENTICATION).withClient(SecurityInputs.text(address), userAgent);
        return new Attempt(request, address, userAgent, device, location, client);
    }

    private <T> T gated(Supplier<T> hashingWork) {
        hashing.acquireUninterruptibly();
        try {
            return hashingWork.get();
        } finally {
            hashing.release();
        }
    }
}
