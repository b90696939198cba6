package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.AlertQuery;
import dev.goldshop.core.security.AlertStatus;
import dev.goldshop.core.security.NewAlert;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.security.SecurityAlert;
import dev.goldshop.core.security.SecurityAlerts;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.SecurityAlertMapper;
import dev.goldshop.persistence.internal.page.Cursors;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link SecurityAlerts} facade. Each method checks its permission first, before looking at
 * any argument, then validates, then reads or writes.
 */
final class SecurityAlertsService implements SecurityAlerts {
    private static final int MAX_NOTE_LENGTH = 2000;

    private final Calls calls;
    private final AlertRecorder recorder;

    SecurityAlertsService(Calls calls, AlertRecorder recorder) {
        this.calls = calls;
        this.recorder = recorder;
    }

    @Override
    public SecurityAlert raise(CallContext ctx, NewAlert alert) {
        calls.authorize(ctx, Permissions.ALERT_RAISE);
        AlertRow row = recorder.validate(alert);
        return calls.writeAuthorized(ctx, tx -> {
            SecurityAlert stored = recorder.insert(tx, row);
            return Audited.of(stored, AlertRecorder.created(stored));
        });
    }

    @Override
    public Optional<SecurityAlert> get(CallContext ctx, UUID alertId) {
        calls.authorize(ctx, Permissions.ALERT_READ);
        required("alertId", alertId);
        return calls.transactions().inTransaction(
                tx -> Optional.ofNullable(tx.mapper(SecurityAlertMapper.class).selectById(alertId)).map(recorder::toAlert));
    }

    @Override
    public Page<SecurityAlert> list(CallContext ctx, AlertQuery query, PageRequest page) {
        calls.authorize(ctx, Permissions.ALERT_READ);
        AlertQuery criteria = query == null ? AlertQuery.all() : query;
        PageRequest request = page == null ? PageRequest.first() : page;
        if (criteria.from() != null && criteria.to() != null && !criteria.from().isBefore(criteria.to())) {
            throw ValidationException.of("to", criteria.to(), "must be after from (" + criteria.from() + ")");
        }
        Cursors.TimeAndId cursor = Cursors.decodeTimeAndId(request.cursor());
        Instant after = cursor == null ? null : cursor.at();
        UUID afterKey = cursor == null ? null : cursor.id();
        List<AlertRow> rows = calls.transactions().inTransaction(tx -> tx.mapper(SecurityAlertMapper.class)
                .selectPage(criteria.type(), criteria.severity(), criteria.status(), criteria.userId(), criteria.from(),
                        criteria.to(), after, afterKey, request.limit() + 1));
        boolean more = rows.size() > request.limit();
        List<AlertRow> items = more ? rows.subList(0, request.limit()) : rows;
        Optional<String> next = more
                ? Optional.of(Cursors.encode(items.get(items.size() - 1).createdAt().toString(),
                        items.get(items.size() - 1).id().toString()))
                : Optional.empty();
        return new Page<>(items.stream().map(recorder::toAlert).toList(), next);
    }

    @Override
    public SecurityAlert transition(CallContext ctx, UUID alertId, AlertStatus to, String note) {
        calls.authorize(ctx, Permissions.ALERT_UPDATE);
        required("alertId", alertId);
        if (to == null) {
            throw ValidationException.of("to", null, "is required: investigating, resolved or false_positive");
        }
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw ValidationException.of("note", note.length() + " characters",
                    "must be at most " + MAX_NOTE_LENGTH + " characters");
        }
        String storedNote = note == null || note.isBlank() ? null : note.strip();
        return calls.writeAuthorized(ctx, tx -> {
            SecurityAlertMapper alerts = tx.mapper(SecurityAlertMapper.class);
            AlertRow before = alerts.selectByIdForUpdate(alertId);
            if (before == null) {
                throw new NotFoundException("security_alert", alertId);
            }
            if (!before.status().canMoveTo(to)) {
                throw new BusinessRuleException("security alert " + alertId + " cannot move from " + before.status().code()
                        + " to " + to.code() + "; allowed: open -> investigating, resolved or false_positive; "
                        + "investigating -> resolved or false_positive; resolved and false_positive are final");
            }
            Instant now = calls.clock().instant().truncatedTo(ChronoUnit.MICROS);
            UUID closedBy = to.isFinal() ? ctx.actor().userId() : null;
            Instant closedAt = to.isFinal() ? now : null;
            if (alerts.updateStatus(alertId, to, storedNote, closedBy, closedAt, before.version()) == 0) {
                // The row is locked FOR UPDATE above, so this means it vanished or was changed
                // outside the engine's locking; report it like any lost race.
                throw new ConflictException(ErrorCode.STALE_VERSION, "security alert " + alertId
                        + " was changed by someone else (expected version " + before.version() + ")", null);
            }
            SecurityAlert after = recorder.toAlert(alerts.selectById(alertId));
            AuditEvent event = AuditEvent.updated("security_alert", alertId, recorder.toAlert(before), after)
                    .with("from", before.status().code())
                    .with("to", to.code());
            return Audited.of(after, storedNote == null ? event : event.with("note", storedNote));
        });
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw ValidationException.of(field, null, "is required");
        }
    }
}
