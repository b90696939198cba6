package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.Communication;
import dev.goldshop.core.customer.CommunicationType;
import dev.goldshop.core.customer.CustomerCommunications;
import dev.goldshop.core.customer.Direction;
import dev.goldshop.core.customer.DueFollowUp;
import dev.goldshop.core.customer.FollowUpPlan;
import dev.goldshop.core.customer.FollowUpStatus;
import dev.goldshop.core.customer.NewCommunication;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.mapper.CustomerCommunicationMapper;
import dev.goldshop.persistence.internal.page.Cursors;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The communications facade: history, follow-ups, and each user's due list. */
final class CustomerCommunicationsService implements CustomerCommunications {
    /** The resource type of communications in audit rows. */
    static final String RESOURCE = "customer_communication";
    /** Clock skew tolerated between a client saying "now" and the engine's clock. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final CustomerSupport support;

    CustomerCommunicationsService(CustomerSupport support) {
        this.support = support;
    }

    @Override
    public Communication log(CallContext ctx, NewCommunication communication) {
        return support.calls.write(ctx, Permissions.COMMUNICATION_MANAGE, tx -> {
            UUID user = requireUser(ctx);
            Problems p = new Problems();
            if (communication == null) {
                p.add("communication", null, "is required");
                p.throwIfAny();
            }
            if (communication.customerId() == null) {
                p.add("customerId", null, "is required");
            }
            if (communication.type() == null) {
                p.add("type", null, "is required: call, email, sms, visit or note");
            }
            if (communication.direction() == null) {
                p.add("direction", null, "is required: inbound, outbound or internal");
            }
            Instant now = support.now();
            if (communication.occurredAt() != null && communication.occurredAt().isAfter(now.plus(SKEW))) {
                p.add("occurredAt", communication.occurredAt(), "must not be in the future (now is " + now + ")");
            }
            CommunicationRow row = new CommunicationRow();
            row.subject = p.line("subject", communication.subject(), 255, false);
            row.content = p.multiline("content", communication.content(), 20_000);
            ShopRules rules = support.rules(tx);
            CommunicationRow followUp = communication.followUp() == null ? null
                    : plan(tx, communication.followUp(), "followUp.", user, rules, p);
            p.throwIfAny();
            support.requireLive(tx, communication.customerId());
            row.id = support.ids.newId();
            row.customerId = communication.customerId();
            row.communicationType = communication.type();
            row.direction = communication.direction();
            row.communicationDate = communication.occurredAt() == null ? now : communication.occurredAt();
            row.status = FollowUpStatus.COMPLETED;
            row.createdBy = user;
            row.createdAt = now;
            CustomerCommunicationMapper history = tx.mapper(CustomerCommunicationMapper.class);
            history.insert(row);
            AuditEvent event = AuditEvent.created(RESOURCE, row.id, toCommunication(history.selectById(row.id)));
            if (followUp != null) {
                insertFollowUp(history, followUp, row.customerId, row.id, user, now);
                event = event.with("follow_up_id", followUp.id.toString());
            }
            return Audited.of(toCommunication(history.selectById(row.id)), event);
        });
    }

    @Override
    public Communication scheduleFollowUp(CallContext ctx, UUID customerId, FollowUpPlan plan) {
        return support.calls.write(ctx, Permissions.COMMUNICATION_MANAGE, tx -> {
            UUID user = requireUser(ctx);
            Problems p = new Problems();
            if (customerId == null) {
                p.add("customerId", null, "is required");
            }
            if (plan == null) {
                p.add("plan", null, "is required: when it is due and who does it");
                p.throwIfAny();
            }
            CommunicationRow row = plan(tx, plan, "", user, support.rules(tx), p);
            p.throwIfAny();
            support.requireLive(tx, customerId);
            CustomerCommunicationMapper history = tx.mapper(CustomerCommunicationMapper.class);
            insertFollowUp(history, row, customerId, null, user, support.now());
            Communication scheduled = toCommunication(history.selectById(row.id));
            return Audited.of(scheduled, AuditEvent.created(RESOURCE, row.id, scheduled));
        });
    }

    @Override
    public Communication completeFollowUp(CallContext ctx, UUID id, String outcome, long version) {
        return support.calls.write(ctx, Permissions.COMMUNICATION_MANAGE,
                tx -> finish(tx, ctx, id, outcome, version, FollowUpStatus.COMPLETED, "outcome"));
    }

    @Override
    public Communication cancelFollowUp(CallContext ctx, UUID id, String reason, long version) {
        return support.calls.write(ctx, Permissions.COMMUNICATION_MANAGE,
                tx -> finish(tx, ctx, id, reason, version, FollowUpStatus.CANCELLED, "reason"));
    }

    private Audited<Communication> finish(Tx tx, CallContext ctx, UUID id, String text, long version,
            FollowUpStatus status, String field) {
        CustomerSupport.required("id", id, "the follow-up's id");
        Problems p = new Problems();
        String outcome = p.multiline(field, text, 20_000);
        p.throwIfAny();
        CustomerCommunicationMapper history = tx.mapper(CustomerCommunicationMapper.class);
        CommunicationRow before = history.selectById(id);
        if (before == null || !before.followUpRequired) {
            throw new NotFoundException("follow_up", id);
        }
        requireScheduled(before);
        if (history.finish(id, status, outcome, support.now(), CustomerSupport.userOf(ctx), version) == 0) {
            requireScheduled(history.selectById(id));
            throw new ConflictException(ErrorCode.STALE_VERSION, "follow-up " + id
                    + " was changed by someone else (expected version " + version + ")", null);
        }
        Communication after = toCommunication(history.selectById(id));
        return Audited.of(after, new AuditEvent(status == FollowUpStatus.COMPLETED ? "complete" : "cancel", RESOURCE,
                id, toCommunication(before), after, Map.of()));
    }

    @Override
    public Page<Communication> history(CallContext ctx, UUID customerId, PageRequest page) {
        return support.calls.read(ctx, Permissions.COMMUNICATION_READ, tx -> {
            CustomerSupport.required("customerId", customerId, "the customer's id");
            CustomerSupport.required("page", page, "PageRequest.first() for the first page");
            Instant beforeDate = null;
            UUID beforeId = null;
            if (page.cursor() != null) {
                List<String> parts = Cursors.decode(page.cursor(), 2);
                beforeDate = instant(parts.get(0), page.cursor());
                beforeId = CustomerDocumentsService.uuid(parts.get(1), page.cursor());
            }
            List<CommunicationRow> rows = tx.mapper(CustomerCommunicationMapper.class).selectHistory(customerId,
                    beforeDate, beforeId, page.limit() + 1);
            return Pages.of(rows, page.limit(), CustomerCommunicationsService::toCommunication,
                    r -> Cursors.encode(r.communicationDate.toString(), r.id.toString()));
        });
    }

    @Override
    public Page<DueFollowUp> followUpsDue(CallContext ctx, UUID userId, LocalDate day, PageRequest page) {
        return support.calls.read(ctx, Permissions.COMMUNICATION_READ, tx -> {
            CustomerSupport.required("userId", userId, "whose follow-ups");
            CustomerSupport.required("day", day, "the day, usually today");
            CustomerSupport.required("page", page, "PageRequest.first() for the first page");
            ShopRules rules = support.rules(tx);
            Instant dayStart = rules.startOf(day);
            Instant dayEnd = rules.startOf(day.plusDays(1));
            Instant afterDue = null;
            UUID afterId = null;
            if (page.cursor() != null) {
                List<String> parts = Cursors.decode(page.cursor(), 2);
                afterDue = instant(parts.get(0), page.cursor());
                afterId = CustomerDocumentsService.uuid(parts.get(1), page.cursor());
            }
            List<CommunicationRow> rows = tx.mapper(CustomerCommunicationMapper.class).selectDue(userId, dayEnd,
                    afterDue, afterId, page.limit() + 1);
            return Pages.of(rows, page.limit(),
                    r -> new DueFollowUp(toCommunication(r),
                            CustomerViews.ref(r.customerId, r.customerCode, r.customerFirstName, r.customerLastName),
                            r.followUpDate.isBefore(dayStart)),
                    r -> Cursors.encode(r.followUpDate.toString(), r.id.toString()));
        });
    }

    /**
     * A customer's latest communications.
     *
     * @param tx the transaction
     * @param customerId the customer
     * @param limit how many
     * @return newest first
     */
    static List<Communication> recent(Tx tx, UUID customerId, int limit) {
        return tx.mapper(CustomerCommunicationMapper.class).selectHistory(customerId, null, null, limit).stream()
                .map(CustomerCommunicationsService::toCommunication).toList();
    }

    /**
     * A customer's scheduled follow-ups.
     *
     * @param tx the transaction
     * @param customerId the customer
     * @param limit how many
     * @return earliest first
     */
    static List<Communication> openFollowUps(Tx tx, UUID customerId, int limit) {
        return tx.mapper(CustomerCommunicationMapper.class).selectOpenFollowUps(customerId, limit).stream()
                .map(CustomerCommunicationsService::toCommunication).toList();
    }

    /**
     * A customer's whole history.
     *
     * @param tx the transaction
     * @param customerId the customer
     * @return oldest first
     */
    static List<Communication> allOf(Tx tx, UUID customerId) {
        return tx.mapper(CustomerCommunicationMapper.class).selectAllOf(customerId).stream()
                .map(CustomerCommunicationsService::toCommunication).toList();
    }

    private CommunicationRow plan(Tx tx, FollowUpPlan plan, String prefix, UUID caller, ShopRules rules, Problems p) {
        CommunicationRow row = new CommunicationRow();
        LocalDate today = rules.today();
        if (plan.dueAt() == null) {
            p.add(prefix + "dueAt", null, "is required");
        } else if (plan.dueAt().isBefore(rules.startOf(today))) {
            p.add(prefix + "dueAt", plan.dueAt(), "must not be before today (" + today + ")");
        }
        row.followUpDate = plan.dueAt();
        row.assignedTo = plan.assignedTo() == null ? caller : plan.assignedTo();
        Boolean active = tx.mapper(CustomerCommunicationMapper.class).selectUserActive(row.assignedTo);
        if (active == null) {
            throw new NotFoundException("user", row.assignedTo);
        }
        if (!active) {
            p.add(prefix + "assignedTo", row.assignedTo, "is a deactivated user; assign the follow-up to an active user");
        }
        row.communicationType = plan.type() == null ? CommunicationType.CALL : plan.type();
        row.subject = p.line(prefix + "subject", plan.subject(), 255, false);
        row.content = p.multiline(prefix + "content", plan.content(), 20_000);
        row.id = support.ids.newId();
        return row;
    }

    private static void insertFollowUp(CustomerCommunicationMapper history, CommunicationRow row, UUID customerId,
            UUID origin, UUID user, Instant now) {
        row.customerId = customerId;
        row.direction = Direction.OUTBOUND;
        row.status = FollowUpStatus.SCHEDULED;
        row.followUpRequired = true;
        row.communicationDate = row.followUpDate;
        row.followUpOf = origin;
        row.createdBy = user;
        row.createdAt = now;
        history.insert(row);
    }

    private static UUID requireUser(CallContext ctx) {
        UUID user = CustomerSupport.userOf(ctx);
        if (user == null) {
            throw new BusinessRuleException("communications are recorded by users (created_by is required); "
                    + ctx.actor().name() + " is the system");
        }
        return user;
    }

    private static void requireScheduled(CommunicationRow row) {
        if (row != null && row.status != FollowUpStatus.SCHEDULED) {
            throw new BusinessRuleException("follow-up " + row.id + " is " + row.status.code()
                    + "; only a scheduled follow-up can be completed or cancelled");
        }
    }

    private static Instant instant(String text, String cursor) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ValidationException.of("cursor", cursor, "is not a cursor of this list");
        }
    }

    private static Communication toCommunication(CommunicationRow row) {
        return new Communication(row.id, row.customerId, row.communicationType, row.direction, row.subject,
                row.content, row.communicationDate, row.status, row.followUpRequired, row.followUpDate,
                row.assignedTo, row.followUpOf, row.outcome, row.completedAt, row.completedBy, row.createdBy,
                row.createdAt, row.version);
    }
}
