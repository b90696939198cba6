package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.security.AlertSeverity;
import dev.goldshop.core.security.AlertType;
import dev.goldshop.core.security.NewAlert;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.AuditWriter;
import dev.goldshop.persistence.internal.mapper.LoginFailureMapper;
import java.net.InetAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts failed logins per account and per address and locks either one at the threshold
 * (SECURITY.md AUTH-04). Each count is one atomic statement and each lock a compare-and-set,
 * so concurrent failures are all counted and exactly one of them sets the lock; that one also
 * writes the lock's audit row and raises its {@code multiple_failures} alert, so there is one
 * alert per lock. Wrong passwords keep counting during a lock, so the count is the true number
 * of failures in the window.
 */
final class LoginThrottle {
    private final AuditWriter audit;
    private final AlertRecorder alerts;

    LoginThrottle(AuditWriter audit, AlertRecorder alerts) {
        this.audit = audit;
        this.alerts = alerts;
    }

    /**
     * Whether logins from an address are refused now.
     *
     * @param tx the transaction
     * @param address the client's address, or null
     * @param now the time
     * @return true while the address is locked
     */
    boolean addressLocked(Tx tx, InetAddress address, Instant now) {
        if (address == null) {
            return false;
        }
        Instant until = tx.mapper(LoginFailureMapper.class).selectAddressLock(address);
        return until != null && until.isAfter(now);
    }

    /**
     * Counts a failure from an address, and locks the address when the count reaches the threshold.
     *
     * @param tx the transaction of the failure
     * @param client the failed request (for the address and user agent of the audit row and alert)
     * @param address the client's address
     * @param now the time
     * @param policy the policy in force
     */
    void countAddressFailure(Tx tx, CallContext client, InetAddress address, Instant now, SecurityPolicy policy) {
        LoginFailureMapper failures = tx.mapper(LoginFailureMapper.class);
        int count = failures.countAddressFailure(address, now, now.minus(policy.lockoutWindow()));
        if (count < policy.lockoutThreshold()) {
            return;
        }
        Instant until = now.plus(policy.lockoutDuration());
        if (failures.lockAddress(address, now, until) == 0) {
            return;
        }
        String ip = SecurityInputs.text(address);
        Map<String, Object> facts = facts(count, policy, until);
        facts.put("ip_address", ip);
        audit.write(tx, monitor(client), new AuditEvent("lock", "login_address", null, null,
                Map.of("ip_address", ip, "locked_until", until), facts), AuditWriter.SUCCESS);
        alerts.raiseByRule(tx, client, new NewAlert(AlertType.MULTIPLE_FAILURES, AlertSeverity.HIGH,
                count + " failed logins from " + ip + " within " + policy.lockoutWindow().toMinutes()
                        + " minutes; logins from this address are refused until " + until,
                null, ip, facts));
    }

    /**
     * Counts a wrong password on an account, and locks the account when the count reaches the
     * threshold.
     *
     * @param tx the transaction of the failure
     * @param client the failed request
     * @param user the account
     * @param now the time
     * @param policy the policy in force
     */
    void countAccountFailure(Tx tx, CallContext client, LoginUserRow user, Instant now, SecurityPolicy policy) {
        LoginFailureMapper failures = tx.mapper(LoginFailureMapper.class);
        int count = failures.countUserFailure(user.id(), now, now.minus(policy.lockoutWindow()));
        if (count < policy.lockoutThreshold()) {
            return;
        }
        Instant until = now.plus(policy.lockoutDuration());
        if (failures.lockUser(user.id(), now, until) == 0) {
            return;
        }
        Map<String, Object> facts = facts(count, policy, until);
        facts.put("username", user.username());
        audit.write(tx, monitor(client), new AuditEvent("lock", "user", user.id(), null,
                Map.of("locked_until", until), facts), AuditWriter.SUCCESS);
        alerts.raiseByRule(tx, client, new NewAlert(AlertType.MULTIPLE_FAILURES, AlertSeverity.HIGH,
                count + " failed logins for user " + user.username() + " within "
                        + policy.lockoutWindow().toMinutes() + " minutes; the account is locked until " + until,
                user.id(), client.ipAddress(), facts));
    }

    private static Map<String, Object> facts(int count, SecurityPolicy policy, Instant until) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("failures", count);
        facts.put("window_minutes", policy.lockoutWindow().toMinutes());
        facts.put("locked_until", until.toString());
        return facts;
    }

    private static CallContext monitor(CallContext client) {
        return CallContext.system(AlertRecorder.MONITOR).withClient(client.ipAddress(), client.userAgent());
    }
}
