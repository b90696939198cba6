package dev.goldshop.persistence.loyalty;

import static dev.goldshop.persistence.loyalty.LoyaltyBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.loyalty.ExpiringPoints;
import dev.goldshop.core.loyalty.ExpiryRun;
import dev.goldshop.core.loyalty.LoyaltyLiability;
import dev.goldshop.core.loyalty.PointsAdjustment;
import dev.goldshop.core.loyalty.PointsEntry;
import dev.goldshop.core.loyalty.PointsTransactionType;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Expiry (oldest first, idempotent), manual adjustments, and the queries. */
@ExtendWith(PostgresExtension.class)
class LoyaltyExpiryAndAdjustmentsTest {
    private LoyaltyBed bed;
    private Item coins;

    @BeforeEach
    void open(TestDatabase db) {
        bed = LoyaltyBed.fresh(db);
        coins = bed.coins(100);
        bed.enrol();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(bed.clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void points_are_spent_oldest_first_so_what_is_left_expires_last() throws Exception {
        UUID rita = bed.customer("Rita");
        bed.pay(bed.cashier, bed.sale(rita, coins, 1), Tender.cash(usd("70.04")));
        bed.clock.advance(Duration.ofDays(100));
        bed.pay(bed.cashier, bed.sale(rita, coins, 1), Tender.cash(usd("70.04")));
        LocalDate secondExpiry = today().plusDays(365);
        bed.clock.advance(Duration.ofDays(100));
        bed.pay(bed.cashier, bed.sale(rita, coins, 1), Tender.loyaltyPoints(usd("10.00")), Tender.cash(usd("60.04")));
        // Silver now (136 qualifying): 60.04 x 68.00 / 70.04 x 1.5 = 87.43 -> 87, a third lot.
        assertThat(bed.balance(rita)).isEqualTo(136 - 100 + 87);
        assertThat(bed.strings("SELECT remaining FROM loyalty_point_lots WHERE customer_id = ?"
                + " ORDER BY created_at", rita)).containsExactly("0", "36", "87");
        assertThat(bed.loyalty.expiringWithin(bed.owner, rita, 365)).containsExactly(
                new ExpiringPoints(secondExpiry, 36), new ExpiringPoints(today().plusDays(365), 87));
        bed.assertLedgerSound();
    }

    @Test
    void an_expiry_run_expires_lots_past_their_date_and_a_second_run_finds_nothing() throws Exception {
        UUID sam = bed.customer("Sam");
        bed.pay(bed.cashier, bed.sale(sam, coins, 1), Tender.cash(usd("70.04")));
        bed.clock.advance(Duration.ofDays(100));
        bed.pay(bed.cashier, bed.sale(sam, coins, 1), Tender.cash(usd("70.04")));
        bed.clock.advance(Duration.ofDays(100));
        bed.pay(bed.cashier, bed.sale(sam, coins, 1), Tender.loyaltyPoints(usd("10.00")), Tender.cash(usd("60.04")));
        // Lots: 68 from day 0 (all spent), 68 from day 100 (36 left, expiring on day 465), 87.
        assertThat(bed.loyalty.expiringWithin(bed.owner, sam, 270)).containsExactly(
                new ExpiringPoints(today().plusDays(265), 36));
        assertThat(bed.loyalty.expire(bed.owner).entries()).isZero();

        bed.clock.advance(Duration.ofDays(266));
        ExpiryRun run = bed.loyalty.expire(CallContext.system("loyalty-expiry"));
        assertThat(run.entries()).isEqualTo(1);
        assertThat(run.customers()).isEqualTo(1);
        assertThat(run.points()).isEqualTo(36);
        assertThat(run.value()).isEqualTo(usd("3.60"));
        assertThat(bed.balance(sam)).isEqualTo(87);
        PointsEntry expired = bed.loyalty.statement(bed.owner, sam, PageRequest.first(1)).items().get(0);
        assertThat(expired.type()).isEqualTo(PointsTransactionType.EXPIRED);
        assertThat(expired.points()).isEqualTo(-36);

        Map<String, Long> before = bed.rowCounts();
        ExpiryRun again = bed.loyalty.expire(bed.owner);
        assertThat(again.entries()).isZero();
        assertThat(again.value()).isEqualTo(usd("0.00"));
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));

        bed.clock.advance(Duration.ofDays(400));
        assertThat(bed.loyalty.expire(bed.owner).points()).isEqualTo(87);
        assertThat(bed.balance(sam)).isZero();
        LoyaltyLiability liability = bed.loyalty.liability(bed.owner);
        assertThat(liability.points()).isZero();
        assertThat(liability.booked()).isEqualTo(usd("0.00"));
        bed.assertLedgerSound();
    }

    @Test
    void an_adjustment_needs_a_reason_is_idempotent_by_key_and_never_overdraws() throws Exception {
        UUID tom = bed.customer("Tom");
        CallContext why = bed.owner.withReason("compensation for a late repair");
        Map<String, Long> before = bed.rowCounts();

        PointsEntry added = bed.loyalty.adjust(why, new PointsAdjustment(tom, 250, "tom-1"));

        assertThat(added.type()).isEqualTo(PointsTransactionType.ADJUSTED);
        assertThat(added.balanceAfter()).isEqualTo(250);
        assertThat(added.description()).isEqualTo("compensation for a late repair");
        assertThat(added.expiryDate()).isEqualTo(today().plusDays(365));
        assertThat(bed.changedSince(before)).containsEntry("customer_loyalty_points", 1L)
                .containsEntry("audit_logs", 1L).containsEntry("loyalty_point_lots", 1L);
        assertThat(bed.creditBalanceOf("2200")).isEqualTo(usd("25.00"));

        Map<String, Long> afterFirst = bed.rowCounts();
        assertThat(bed.loyalty.adjust(why, new PointsAdjustment(tom, 250, "tom-1"))).isEqualTo(added);
        assertThat(bed.changedSince(afterFirst)).isEmpty();
        assertThatThrownBy(() -> bed.loyalty.adjust(why, new PointsAdjustment(tom, 251, "tom-1")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_MISMATCH));
        assertThatThrownBy(() -> bed.loyalty.adjust(why, new PointsAdjustment(tom, -251, "tom-2")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("holds 250");
        assertThat(bed.changedSince(afterFirst)).isEmpty();

        PointsEntry taken = bed.loyalty.adjust(why, new PointsAdjustment(tom, -50, "tom-3"));
        assertThat(taken.balanceAfter()).isEqualTo(200);
        assertThat(bed.creditBalanceOf("2200")).isEqualTo(usd("20.00"));
        bed.assertLedgerSound();
    }

    @Test
    void bad_adjustments_name_their_fields_and_write_nothing() throws Exception {
        UUID una = bed.customer("Una");
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.loyalty.adjust(bed.owner, new PointsAdjustment(una, 0, "bad key!")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("points", "idempotencyKey", "reason"));
        assertThatThrownBy(() -> bed.loyalty.adjust(bed.owner.withReason("x"), null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> bed.loyalty.adjust(bed.owner.withReason("x"),
                new PointsAdjustment(UUID.randomUUID(), 5, "ghost"))).isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();

        assertThatThrownBy(() -> bed.loyalty.adjust(bed.cashier.withReason("friend"),
                new PointsAdjustment(una, 5, "friend"))).isInstanceOf(PermissionDeniedException.class);
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
    }

    @Test
    void a_large_adjustment_raises_unusual_activity() throws Exception {
        UUID vic = bed.customer("Vic");
        bed.loyalty.adjust(bed.owner.withReason("small"), new PointsAdjustment(vic, 1000, "vic-small"));
        assertThat(bed.number("SELECT count(*) FROM security_alerts").intValue()).isZero();

        bed.loyalty.adjust(bed.owner.withReason("large"), new PointsAdjustment(vic, 1001, "vic-large"));
        assertThat(bed.strings("SELECT alert_type || ' ' || (additional_data->>'kind') || ' '"
                + " || (additional_data->>'points') FROM security_alerts")).containsExactly("unusual_activity large_loyalty_adjustment 1001");
    }

    @Test
    void the_statement_pages_newest_first_without_gaps_or_repeats() throws Exception {
        UUID wyn = bed.customer("Wyn");
        CallContext why = bed.owner.withReason("test");
        for (int i = 1; i <= 7; i++) {
            bed.loyalty.adjust(why, new PointsAdjustment(wyn, i, "wyn-" + i));
        }
        List<Long> seen = new ArrayList<>();
        Page<PointsEntry> page = bed.loyalty.statement(bed.cashier, wyn, PageRequest.first(3));
        page.items().forEach(e -> seen.add(e.points()));
        while (page.hasNext()) {
            page = bed.loyalty.statement(bed.cashier, wyn, PageRequest.after(page.nextCursor().orElseThrow(), 3));
            page.items().forEach(e -> seen.add(e.points()));
        }
        assertThat(seen).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(new HashSet<>(seen)).hasSize(7);
        assertThatThrownBy(() -> bed.loyalty.statement(bed.owner, wyn, PageRequest.after("garbage!", 3)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("cursor"));
        assertThatThrownBy(() -> bed.loyalty.expiringWithin(bed.owner, wyn, -1))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> bed.loyalty.balance(bed.owner, UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.loyalty.liability(bed.owner).points()).isEqualTo(28);
        assertThat(bed.loyalty.liability(bed.owner).value()).isEqualTo(usd("2.80"));
    }

    @Test
    void the_ledger_is_append_only_and_the_balance_row_refuses_to_go_negative() throws Exception {
        UUID xia = bed.customer("Xia");
        bed.loyalty.adjust(bed.owner.withReason("gift"), new PointsAdjustment(xia, 10, "xia"));
        assertThatThrownBy(() -> bed.exec("UPDATE customer_loyalty_points SET points = 1000"))
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> bed.exec("DELETE FROM customer_loyalty_points"))
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> bed.exec("UPDATE customer_loyalty_balances SET balance = -1"))
                .hasMessageContaining("ck_customer_loyalty_balances_balance");
    }
}
