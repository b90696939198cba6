package dev.goldshop.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.Communication;
import dev.goldshop.core.customer.CommunicationType;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.Direction;
import dev.goldshop.core.customer.DueFollowUp;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.customer.FollowUpPlan;
import dev.goldshop.core.customer.FollowUpStatus;
import dev.goldshop.core.customer.NewCommunication;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Communication history and follow-ups: logging, scheduling, completing, and each user's due list by day. */
@ExtendWith(PostgresExtension.class)
class CustomerCommunicationsTest {
    private static CustomerBed bed;
    private static CallContext admin;
    private static CallContext clerk;
    private static Customer customer;

    @BeforeAll
    static void start(TestDatabase db) {
        bed = CustomerBed.open(db);
        admin = bed.admin("admin");
        clerk = bed.user("clerk", Permissions.COMMUNICATION_READ, Permissions.COMMUNICATION_MANAGE);
        customer = bed.profiles.create(admin, bed.person("Talk", "Ative").build(), DuplicatePolicy.REJECT);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @BeforeEach
    void resetClock() {
        bed.clock.set(CustomerBed.START);
    }

    private static NewCommunication visit(UUID customerId, FollowUpPlan followUp) {
        return new NewCommunication(customerId, CommunicationType.VISIT, Direction.INBOUND, "Ring sizing",
                "Tried three rings", null, followUp);
    }

    @Test
    void a_visit_with_a_follow_up_is_two_rows_and_one_audit_row() {
        Instant due = Instant.parse("2025-03-11T09:00:00Z");
        Map<String, Long> before = bed.rowCounts();

        Communication logged = bed.communications.log(clerk, visit(customer.id(),
                new FollowUpPlan(due, null, null, "Call about the ring", null)));

        assertThat(bed.changesSince(before)).isEqualTo(Map.of("customer_communication_history", 2L, "audit_logs", 1L));
        assertThat(logged.status()).isEqualTo(FollowUpStatus.COMPLETED);
        assertThat(logged.occurredAt()).isEqualTo(CustomerBed.START);
        assertThat(logged.createdBy()).isEqualTo(clerk.actor().userId());
        assertThat(logged.followUpRequired()).isFalse();
        List<Communication> history = bed.communications.history(clerk, customer.id(), PageRequest.first()).items();
        Communication followUp = history.stream().filter(c -> logged.id().equals(c.followUpOf())).findFirst()
                .orElseThrow();
        assertThat(followUp.status()).isEqualTo(FollowUpStatus.SCHEDULED);
        assertThat(followUp.followUpDue()).isEqualTo(due);
        assertThat(followUp.assignedTo()).isEqualTo(clerk.actor().userId());
        assertThat(followUp.type()).isEqualTo(CommunicationType.CALL);
        assertThat(followUp.direction()).isEqualTo(Direction.OUTBOUND);
    }

    @Test
    void bad_input_is_named_and_nothing_is_written() {
        Map<String, Long> before = bed.rowCounts();

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> bed.communications.log(clerk,
                new NewCommunication(customer.id(), null, null, "s".repeat(256), null,
                        Instant.parse("2025-03-11T10:00:00Z"),
                        new FollowUpPlan(Instant.parse("2025-03-09T10:00:00Z"), null, null, null, null))));

        assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactlyInAnyOrder("type", "direction", "subject",
                "occurredAt", "followUp.dueAt");
        assertThat(e.getMessage()).contains("not be in the future").contains("not be before today (2025-03-10)");
        assertThatThrownBy(() -> bed.communications.log(clerk, visit(UUID.randomUUID(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.communications.log(clerk, visit(customer.id(),
                new FollowUpPlan(Instant.parse("2025-03-12T10:00:00Z"), UUID.randomUUID(), null, null, null))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("user");
        bed.assertNothingWritten(before);
    }

    @Test
    void the_system_cannot_log_because_the_spec_needs_a_user_as_creator() {
        assertThatThrownBy(() -> bed.communications.log(CallContext.system("automation"), visit(customer.id(), null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("created_by");
    }

    @Test
    void a_follow_up_cannot_go_to_a_deactivated_user() {
        CallContext gone = bed.user("gone", Permissions.COMMUNICATION_READ);
        bed.exec("UPDATE users SET is_active = false WHERE id = ?", gone.actor().userId());
        assertThatThrownBy(() -> bed.communications.scheduleFollowUp(clerk, customer.id(),
                new FollowUpPlan(Instant.parse("2025-03-12T10:00:00Z"), gone.actor().userId(), null, null, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("deactivated");
    }

    @Test
    void a_user_sees_the_days_and_the_overdue_follow_ups_and_not_tomorrows_or_anyone_elses() {
        CallContext seller = bed.user("seller", Permissions.COMMUNICATION_READ, Permissions.COMMUNICATION_MANAGE);
        UUID me = seller.actor().userId();
        Communication monday = bed.communications.scheduleFollowUp(seller, customer.id(),
                new FollowUpPlan(Instant.parse("2025-03-10T15:00:00Z"), null, CommunicationType.EMAIL, "Send quote", null));
        Communication tuesday = bed.communications.scheduleFollowUp(seller, customer.id(),
                new FollowUpPlan(Instant.parse("2025-03-11T23:30:00Z"), null, null, "Call back", null));
        bed.communications.scheduleFollowUp(seller, customer.id(),
                new FollowUpPlan(Instant.parse("2025-03-12T00:30:00Z"), null, null, "Wednesday", null));
        bed.communications.scheduleFollowUp(clerk, customer.id(),
                new FollowUpPlan(Instant.parse("2025-03-10T11:00:00Z"), null, null, "Not mine", null));
        Communication done = bed.communications.scheduleFollowUp(seller, customer.id(),
                new FollowUpPlan(Instant.parse("2025-03-10T12:00:00Z"), null, null, "Done already", null));
        bed.communications.completeFollowUp(seller, done.id(), null, done.version());

        bed.clock.set(Instant.parse("2025-03-11T08:00:00Z"));
        List<DueFollowUp> due = bed.communications.followUpsDue(clerk, me, LocalDate.of(2025, 3, 11),
                PageRequest.first()).items();

        assertThat(due).extracting(d -> d.followUp().id()).containsExactly(monday.id(), tuesday.id());
        assertThat(due).extracting(DueFollowUp::overdue).containsExactly(true, false);
        assertThat(due.get(0).customer().id()).isEqualTo(customer.id());
        Page<DueFollowUp> first = bed.communications.followUpsDue(clerk, me, LocalDate.of(2025, 3, 11),
                PageRequest.first(1));
        assertThat(bed.communications.followUpsDue(clerk, me, LocalDate.of(2025, 3, 11),
                PageRequest.after(first.nextCursor().orElseThrow(), 1)).items()).extracting(d -> d.followUp().id())
                .containsExactly(tuesday.id());
        assertThat(bed.communications.followUpsDue(clerk, me, LocalDate.of(2025, 3, 10), PageRequest.first()).items())
                .extracting(d -> d.followUp().id()).containsExactly(monday.id());
    }

    @Test
    void the_shop_time_zone_decides_where_a_day_ends() {
        bed.exec("UPDATE company_settings SET time_zone = 'Asia/Dubai'");
        bed.settingsChangedBehindTheEngine();
        try {
            CallContext seller = bed.user("dubai", Permissions.COMMUNICATION_READ, Permissions.COMMUNICATION_MANAGE);
            Communication late = bed.communications.scheduleFollowUp(seller, customer.id(),
                    new FollowUpPlan(Instant.parse("2025-03-10T21:00:00Z"), null, null, "01:00 on the 11th in Dubai",
                            null));
            assertThat(bed.communications.followUpsDue(seller, seller.actor().userId(), LocalDate.of(2025, 3, 10),
                    PageRequest.first()).items()).isEmpty();
            assertThat(bed.communications.followUpsDue(seller, seller.actor().userId(), LocalDate.of(2025, 3, 11),
                    PageRequest.first()).items()).extracting(d -> d.followUp().id()).containsExactly(late.id());
        } finally {
            bed.exec("UPDATE company_settings SET time_zone = 'UTC'");
            bed.settingsChangedBehindTheEngine();
        }
    }

    @Test
    void a_follow_up_is_completed_or_cancelled_once_with_its_version() {
        Communication plan = bed.communications.scheduleFollowUp(clerk, customer.id(),
                new FollowUpPlan(Instant.parse("2025-03-12T10:00:00Z"), null, null, "Collect deposit", null));
        assertThatThrownBy(() -> bed.communications.completeFollowUp(clerk, plan.id(), "ok", plan.version() + 1))
                .isInstanceOf(ConflictException.class);
        bed.clock.set(Instant.parse("2025-03-12T10:05:00Z"));

        Communication done = bed.communications.completeFollowUp(clerk, plan.id(), "Deposit paid", plan.version());

        assertThat(done.status()).isEqualTo(FollowUpStatus.COMPLETED);
        assertThat(done.outcome()).isEqualTo("Deposit paid");
        assertThat(done.completedBy()).isEqualTo(clerk.actor().userId());
        assertThat(done.completedAt()).isEqualTo(Instant.parse("2025-03-12T10:05:00Z"));
        assertThat(bed.latestAuditActions(1)).containsExactly("complete:customer_communication:success");
        assertThatThrownBy(() -> bed.communications.cancelFollowUp(clerk, plan.id(), "late", done.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("completed");

        Communication other = bed.communications.scheduleFollowUp(clerk, customer.id(),
                new FollowUpPlan(Instant.parse("2025-03-13T10:00:00Z"), null, null, "Maybe", null));
        Communication cancelled = bed.communications.cancelFollowUp(clerk, other.id(), "Customer travelling",
                other.version());
        assertThat(cancelled.status()).isEqualTo(FollowUpStatus.CANCELLED);
        Communication logged = bed.communications.log(clerk, visit(customer.id(), null));
        assertThatThrownBy(() -> bed.communications.completeFollowUp(clerk, logged.id(), null, logged.version()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.communications.completeFollowUp(clerk, UUID.randomUUID(), null, 0))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void history_pages_newest_first() {
        Customer quiet = bed.profiles.create(admin, bed.person("History", "Pages").build(), DuplicatePolicy.REJECT);
        List<UUID> logged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            logged.add(bed.communications.log(clerk, new NewCommunication(quiet.id(), CommunicationType.NOTE,
                    Direction.INTERNAL, "Note " + i, null, Instant.parse("2025-03-0" + (i + 1) + "T10:00:00Z"),
                    null)).id());
        }
        List<UUID> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            Page<Communication> page = bed.communications.history(clerk, quiet.id(), request);
            page.items().forEach(c -> seen.add(c.id()));
            if (!page.hasNext()) {
                break;
            }
            request = PageRequest.after(page.nextCursor().orElseThrow(), 2);
        }
        java.util.Collections.reverse(logged);
        assertThat(seen).containsExactlyElementsOf(logged);
    }
}
