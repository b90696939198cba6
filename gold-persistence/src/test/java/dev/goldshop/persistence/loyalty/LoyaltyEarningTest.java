package dev.goldshop.persistence.loyalty;

import static dev.goldshop.persistence.loyalty.LoyaltyBed.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.loyalty.PointsEntry;
import dev.goldshop.core.loyalty.PointsTransactionType;
import dev.goldshop.core.loyalty.TierStatus;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.PaymentReceipt;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.loyalty.PointsAdjustment;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Earning on payment: the paid value excluding tax, times the rate, times the tier multiplier,
 * rounded down; nothing on the part paid with points or store credit; once per payment; posted
 * to the loyalty liability. A coin sells for 70.04 (68.00 + 2.04 tax) and the programme earns 1
 * point per dollar.
 */
@ExtendWith(PostgresExtension.class)
class LoyaltyEarningTest {
    private LoyaltyBed bed;
    private Item coins;

    @BeforeEach
    void open(TestDatabase db) {
        bed = LoyaltyBed.fresh(db);
        coins = bed.coins(100);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void a_paid_sale_earns_its_value_excluding_tax_and_books_the_liability() throws Exception {
        bed.enrol();
        UUID anna = bed.customer("Anna");
        Invoice sale = bed.sale(anna, coins, 1);

        bed.pay(bed.cashier, sale, Tender.cash(usd("70.04")));

        assertThat(bed.balance(anna)).isEqualTo(68);
        PointsEntry earned = bed.loyalty.statement(bed.owner, anna, PageRequest.first()).items().get(0);
        assertThat(earned.type()).isEqualTo(PointsTransactionType.EARNED);
        assertThat(earned.invoiceId()).isEqualTo(sale.id());
        assertThat(earned.value()).isEqualTo(usd("6.80"));
        assertThat(earned.expiryDate()).isEqualTo(bed.clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                .plusDays(365));
        assertThat(bed.creditBalanceOf("2200")).isEqualTo(usd("6.80"));
        assertThat(bed.creditBalanceOf("5200")).isEqualTo(usd("-6.80"));
        assertThat(bed.loyalty.liability(bed.owner).booked()).isEqualTo(usd("6.80"));
        bed.assertLedgerSound();
    }

    @Test
    void part_payments_earn_in_parts_and_a_retried_payment_earns_nothing_more() throws Exception {
        bed.enrol();
        UUID ben = bed.customer("Ben");
        Invoice sale = bed.sale(ben, coins, 1);
        PaymentRequest first = PaymentRequest.of(sale.id(), "ben-part-1", Tender.cash(usd("35.02")));

        PaymentReceipt receipt = bed.payments.pay(bed.cashier, first);
        Map<String, Long> before = bed.rowCounts();
        PaymentReceipt retried = bed.payments.pay(bed.cashier, first);

        assertThat(retried).isEqualTo(receipt);
        assertThat(bed.changedSince(before)).isEmpty();
        assertThat(bed.balance(ben)).isEqualTo(34);
        bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "ben-part-2", Tender.card(usd("35.02"), "slip")));
        assertThat(bed.balance(ben)).isEqualTo(68);
        assertThat(bed.number("SELECT count(*) FROM customer_loyalty_points WHERE customer_id = ?", ben).intValue())
                .isEqualTo(2);
        bed.assertLedgerSound();
    }

    @Test
    void the_part_paid_with_points_or_store_credit_earns_nothing() throws Exception {
        bed.enrol();
        UUID cleo = bed.customer("Cleo");
        bed.loyalty.adjust(bed.owner.withReason("welcome gift"), new PointsAdjustment(cleo, 300, "gift-cleo"));
        Invoice sale = bed.sale(cleo, coins, 1);

        bed.pay(bed.cashier, sale, Tender.loyaltyPoints(usd("20.00")), Tender.cash(usd("50.04")));

        // 50.04 of 70.04 earns: 50.04 x 68.00 / 70.04 = 48.58 -> 48; 200 points were spent.
        assertThat(bed.balance(cleo)).isEqualTo(300 - 200 + 48);

        UUID dan = bed.customer("Dan");
        Invoice first = bed.sale(dan, coins, 1);
        bed.pay(bed.cashier, first, Tender.cash(usd("100.00")));
        assertThat(bed.payments.storeCreditBalance(bed.owner, dan)).isEqualTo(usd("29.96"));
        long afterFirst = bed.balance(dan);
        assertThat(afterFirst).as("the overpayment kept as store credit earns nothing").isEqualTo(68);
        Invoice second = bed.sale(dan, coins, 1);
        bed.pay(bed.cashier, second, Tender.storeCredit(usd("29.96")), Tender.cash(usd("40.08")));
        // 40.08 x 68.00 / 70.04 = 38.91 -> 38
        assertThat(bed.balance(dan)).isEqualTo(afterFirst + 38);
        bed.assertLedgerSound();
    }

    @Test
    void the_tier_multiplier_applies_once_the_threshold_is_reached_and_the_tier_shows_progress() throws Exception {
        bed.enrol();
        UUID eva = bed.customer("Eva");
        bed.pay(bed.cashier, bed.sale(eva, coins, 1), Tender.cash(usd("70.04")));
        TierStatus none = bed.loyalty.tier(bed.cashier, eva).orElseThrow();
        assertThat(none.current()).isEmpty();
        assertThat(none.next().orElseThrow().name()).isEqualTo("Silver");
        assertThat(none.pointsToNext()).isEqualTo(32);

        bed.pay(bed.cashier, bed.sale(eva, coins, 1), Tender.cash(usd("70.04")));
        TierStatus silver = bed.loyalty.tier(bed.cashier, eva).orElseThrow();
        assertThat(silver.current().orElseThrow().name()).isEqualTo("Silver");
        assertThat(silver.qualifyingPoints()).isEqualTo(136);
        assertThat(silver.pointsToNext()).isEqualTo(500 - 136);

        bed.pay(bed.cashier, bed.sale(eva, coins, 1), Tender.cash(usd("70.04")));
        assertThat(bed.balance(eva)).as("68 x 1.5 at Silver").isEqualTo(136 + 102);
        bed.assertLedgerSound();
    }

    @Test
    void manual_points_do_not_count_towards_a_tier_and_the_rolling_window_forgets_old_earning() throws Exception {
        bed.enrol();
        UUID finn = bed.customer("Finn");
        bed.loyalty.adjust(bed.owner.withReason("goodwill"), new PointsAdjustment(finn, 900, "finn-goodwill"));
        assertThat(bed.loyalty.tier(bed.owner, finn).orElseThrow().current()).isEmpty();
        bed.pay(bed.cashier, bed.sale(finn, coins, 2), Tender.cash(usd("140.08")));
        assertThat(bed.loyalty.tier(bed.owner, finn).orElseThrow().current().orElseThrow().name()).isEqualTo("Silver");

        bed.clock.advance(java.time.Duration.ofDays(366));
        assertThat(bed.loyalty.tier(bed.owner, finn).orElseThrow().qualifyingPoints()).isZero();
    }

    @Test
    void walk_ins_and_sales_without_an_active_programme_earn_nothing() throws Exception {
        UUID gil = bed.customer("Gil");
        bed.pay(bed.cashier, bed.sale(gil, coins, 1), Tender.cash(usd("70.04")));
        assertThat(bed.balance(gil)).isZero();
        assertThat(bed.loyalty.tier(bed.owner, gil)).isEmpty();

        bed.enrol();
        Map<String, Long> before = bed.rowCounts();
        bed.pay(bed.cashier, bed.sale(null, coins, 1), Tender.cash(usd("70.04")));
        assertThat(bed.changedSince(before)).doesNotContainKeys("customer_loyalty_points", "customer_loyalty_balances");
        assertThat(bed.number("SELECT count(*) FROM customer_loyalty_points").intValue()).isZero();
        assertThat(List.of(bed.loyalty.liability(bed.owner).points())).containsExactly(0L);
    }
}
