package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.AlertSeverity;
import dev.goldshop.core.security.AlertType;
import dev.goldshop.core.security.NewAlert;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mybatis.InetLiterals;
import dev.goldshop.persistence.internal.tx.TransactionRunner;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The entry point through which other facades report what the shop's policies flag: a discount
 * over the limit, many voids or returns in a day, a bulk export of customer data, personal data
 * viewed outside business hours. Each report raises one {@code unusual_activity} alert (severity
 * medium) about the caller, attributed in the audit trail to the security monitor.
 *
 * <p>Other wiring classes get the engine's instance with
 * {@code engine.service(UnusualActivity.class)} (it is internal, so it is not a facade hosts
 * could fetch). The alert is raised in a transaction of its own:
 * <ul>
 *   <li>called outside a transaction: at once;</li>
 *   <li>called inside a transaction the engine owns (from within a facade's work): right after
 *       that transaction commits, and not at all if it rolls back. Writing it from a second
 *       transaction while the first still holds its locks (among them the audit chain's head)
 *       could deadlock, so a report of something that is then refused must be made outside
 *       the refused transaction, before throwing;</li>
 *   <li>called inside a host's transaction: in that transaction, since the engine cannot see
 *       its commit.</li>
 * </ul>
 */
public final class UnusualActivity {
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]{0,49}");

    private final TransactionRunner transactions;
    private final AlertRecorder alerts;
    private final SecuritySettings settings;

    UnusualActivity(TransactionRunner transactions, AlertRecorder alerts, SecuritySettings settings) {
        this.transactions = transactions;
        this.alerts = alerts;
        this.settings = settings;
    }

    /**
     * Raises an {@code unusual_activity} alert about the caller.
     *
     * @param ctx the call that did the unusual thing (its user, address and session go into the alert)
     * @param kind what kind of activity, lower-case words joined by {@code _}, for example
     *     {@code discount_over_policy}, {@code many_voids}, {@code bulk_export}, {@code pii_after_hours}
     * @param description what happened, in words for the person reading the alert
     * @param details further facts (amounts, counts, ids), or null
     * @throws ValidationException if the kind or description is malformed, or the details do not
     *     fit; nothing is written
     */
    public void report(CallContext ctx, String kind, String description, Map<String, Object> details) {
        AlertRow row = prepare(ctx, kind, description, details);
        if (!transactions.inTransactionNow()) {
            transactions.inTransaction(tx -> store(tx, ctx, row));
            return;
        }
        transactions.inTransaction(tx -> {
            if (tx.ownedByEngine()) {
                tx.afterCommit(() -> transactions.inTransaction(own -> store(own, ctx, row)));
            } else {
                store(tx, ctx, row);
            }
            return null;
        });
    }

    /**
     * Raises an {@code unusual_activity} alert about the caller in the caller's transaction, for
     * a facade that wants the alert to exist exactly when its own change does (CONTRIBUTING.md,
     * "Sharing internals between areas").
     *
     * @param tx the caller's transaction
     * @param ctx the call that did the unusual thing
     * @param kind what kind of activity, as for {@link #report(CallContext, String, String, Map)}
     * @param description what happened
     * @param details further facts, or null
     * @throws ValidationException if the kind or description is malformed, or the details do not fit
     */
    public void report(Tx tx, CallContext ctx, String kind, String description, Map<String, Object> details) {
        Objects.requireNonNull(tx, "tx");
        store(tx, ctx, prepare(ctx, kind, description, details));
    }

    private AlertRow prepare(CallContext ctx, String kind, String description, Map<String, Object> details) {
        Objects.requireNonNull(ctx, "ctx");
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw ValidationException.of("kind", kind, "must be lower-case words joined by _, for example bulk_export");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", kind);
        if (ctx.sessionId() != null) {
            facts.put("session_id", ctx.sessionId().toString());
        }
        // A context built by the host may carry an address that is not a literal; the alert keeps
        // it as a fact rather than refusing the report.
        String ip = InetLiterals.isLiteral(ctx.ipAddress()) ? ctx.ipAddress() : null;
        if (ip == null && ctx.ipAddress() != null) {
            facts.put("unparsed_ip", ctx.ipAddress());
        }
        if (details != null) {
            details.forEach(facts::putIfAbsent);
        }
        NewAlert alert = new NewAlert(AlertType.UNUSUAL_ACTIVITY, AlertSeverity.MEDIUM, description,
                ctx.actor().userId(), ip, facts);
        return alerts.validate(alert);
    }

    /**
     * Whether an instant is outside the shop's business hours (never, if the shop has set none),
     * for rules such as "personal data viewed outside business hours".
     *
     * @param instant the instant
     * @return true if the shop is closed then
     */
    public boolean outsideBusinessHours(Instant instant) {
        return settings.current().businessHours().isOutside(Objects.requireNonNull(instant, "instant"));
    }

    private Object store(Tx tx, CallContext ctx, AlertRow row) {
        CallContext monitor = CallContext.system(AlertRecorder.MONITOR).withClient(ctx.ipAddress(), ctx.userAgent());
        alerts.store(tx, monitor, row);
        return null;
    }
}
