package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.security.AlertStatus;
import dev.goldshop.core.security.NewAlert;
import dev.goldshop.core.security.SecurityAlert;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.AuditWriter;
import dev.goldshop.persistence.internal.mapper.SecurityAlertMapper;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores alerts, each with its one audit row ({@code create} on {@code security_alert}) in the
 * same transaction. Used by the alerts facade and by the rules that raise alerts on their own
 * (lock-outs, suspicious logins, unusual activity).
 */
final class AlertRecorder {
    /** The name under which the SDK's own rules act in the audit trail. */
    static final String MONITOR = "security-monitor";
    private static final int MAX_DETAILS_CHARS = 16 * 1024;

    private final IdGenerator ids;
    private final Clock clock;
    private final AuditWriter audit;
    private final SecurityInputs inputs;

    AlertRecorder(IdGenerator ids, Clock clock, AuditWriter audit, SecurityInputs inputs) {
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
        this.inputs = inputs;
    }

    /**
     * Checks an alert before anything is written.
     *
     * @param alert the alert
     * @return the row to insert (id and time assigned)
     * @throws ValidationException listing every field that is wrong
     */
    AlertRow validate(NewAlert alert) {
        List<FieldError> errors = new ArrayList<>();
        if (alert == null) {
            throw ValidationException.of("alert", null, "is required");
        }
        if (alert.type() == null) {
            errors.add(new FieldError("type", null, "is required: suspicious_login, multiple_failures or unusual_activity"));
        }
        if (alert.severity() == null) {
            errors.add(new FieldError("severity", null, "is required: low, medium, high or critical"));
        }
        if (alert.description() == null || alert.description().isBlank()) {
            errors.add(new FieldError("description", alert.description(), "must not be blank"));
        } else if (alert.description().length() > NewAlert.MAX_DESCRIPTION_LENGTH) {
            errors.add(new FieldError("description", alert.description().length() + " characters",
                    "must be at most " + NewAlert.MAX_DESCRIPTION_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new AlertRow(ids.newId(), alert.type(), alert.severity(), alert.description().strip(), alert.userId(),
                SecurityInputs.ipAddress("ipAddress", alert.ipAddress()),
                inputs.tree("details", alert.details(), MAX_DETAILS_CHARS), AlertStatus.OPEN, null, null, null,
                clock.instant().truncatedTo(ChronoUnit.MICROS), 0L);
    }

    /**
     * Stores a validated alert and its audit row.
     *
     * @param tx the transaction
     * @param ctx who raises it, for the audit row
     * @param row the alert from {@link #validate}
     * @return the stored alert
     */
    SecurityAlert store(Tx tx, CallContext ctx, AlertRow row) {
        SecurityAlert alert = insert(tx, row);
        audit.write(tx, ctx, created(alert), AuditWriter.SUCCESS);
        return alert;
    }

    /**
     * Stores a validated alert without its audit row, for the facade, whose call path writes it.
     *
     * @param tx the transaction
     * @param row the alert from {@link #validate}
     * @return the stored alert
     */
    SecurityAlert insert(Tx tx, AlertRow row) {
        tx.mapper(SecurityAlertMapper.class).insert(row);
        return toAlert(row);
    }

    /**
     * The audit event of a new alert.
     *
     * @param alert the alert
     * @return the event
     */
    static AuditEvent created(SecurityAlert alert) {
        return AuditEvent.created("security_alert", alert.id(), alert);
    }

    /**
     * Validates and stores an alert raised by one of the SDK's rules, attributed to the security
     * monitor with the client address of the request that set it off.
     *
     * @param tx the transaction
     * @param trigger the request that set the rule off (for its address and user agent)
     * @param alert the alert
     * @return the stored alert
     */
    SecurityAlert raiseByRule(Tx tx, CallContext trigger, NewAlert alert) {
        CallContext monitor = CallContext.system(MONITOR).withClient(trigger.ipAddress(), trigger.userAgent());
        return store(tx, monitor, validate(alert));
    }

    /**
     * The public form of a stored alert.
     *
     * @param row the row
     * @return the alert
     */
    SecurityAlert toAlert(AlertRow row) {
        return new SecurityAlert(row.id(), row.alertType(), row.severity(), row.description(), row.userId(),
                SecurityInputs.text(row.ipAddress()), inputs.map(row.additionalData()), row.status(), row.statusNote(),
                row.resolvedBy(), row.resolvedAt(), row.createdAt(), row.version());
    }
}
