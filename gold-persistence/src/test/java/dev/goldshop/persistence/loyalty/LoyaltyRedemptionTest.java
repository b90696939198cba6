package dev.goldshop.persistence.loyalty;

import static dev.goldshop.persistence.loyalty.LoyaltyBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.loyalty.PointsAdjustment;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.Payment;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.PaymentReceipt;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.settings.CompanySettings;
import dev.goldshop.core.settings.ShopSettings;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Points as a payment method: at the point value, never beyond the balance, idempotent. */
@ExtendWith(PostgresExtension.class)
class LoyaltyRedemptionTest {
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

    private UUID customerWith(String name, long points) {
        UUID id = bed.customer(name);
        bed.loyalty.adjust(bed.owner.withReason("opening balance"), new PointsAdjustment(id, points, "open-" + id));
        return id;
    }

    @Test
    void points_pay_at_the_point_value_rounded_up_and_release_the_liability() throws Exception {
        UUID hana = customerWith("Hana", 500);
        Invoice sale = bed.sale(hana, coins, 1);
        assertThat(bed.creditBalanceOf("2200")).isEqualTo(usd("50.00"));

        PaymentReceipt receipt = bed.pay(bed.cashier, sale, Tender.loyaltyPoints(usd("10.05")),
                Tender.cash(usd("59.99")));

        Payment points = receipt.payments().stream().filter(p -> p.method() == PaymentMethod.LOYALTY_POINTS)
                .findFirst().orElseThrow();
        assertThat(points.amount()).isEqualTo(usd("10.05"));
        assertThat(bed.strings("SELECT details->>'points' FROM payments WHERE id = ?", points.id()))
                .containsExactly("101");
        // 59.99 x 68.00 / 70.04 = 58.24 -> 58 earned on the cash part.
        assertThat(bed.balance(hana)).isEqualTo(500 - 101 + 58);
        assertThat(bed.strings("SELECT transaction_type || ' ' || points || ' ' || payment_id FROM"
                + " customer_loyalty_points WHERE payment_id IS NOT NULL")).containsExactly(
                        "redeemed -101 " + points.id());
        // 50.00 granted - 10.05 redeemed + 5.80 earned
        assertThat(bed.creditBalanceOf("2200")).isEqualTo(usd("45.75"));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("0.00"));
        bed.assertLedgerSound();
    }

    @Test
    void points_beyond_the_balance_are_refused_and_nothing_is_written() throws Exception {
        UUID ivan = customerWith("Ivan", 50);
        Invoice sale = bed.sale(ivan, coins, 1);
        Map<String, Long> before = bed.rowCounts();

        assertThatThrownBy(() -> bed.pay(bed.cashier, sale, Tender.loyaltyPoints(usd("10.00")),
                Tender.cash(usd("60.04")))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("holds 50").hasMessageContaining("100");
        assertThat(bed.changedSince(before)).isEmpty();
        assertThat(bed.balance(ivan)).isEqualTo(50);
    }

    @Test
    void points_need_a_customer_a_point_value_the_permission_and_stay_within_the_balance_due() throws Exception {
        UUID jo = customerWith("Jo", 5000);
        Invoice walkIn = bed.sale(null, coins, 1);
        assertThatThrownBy(() -> bed.pay(bed.cashier, walkIn, Tender.loyaltyPoints(usd("1.00")),
                Tender.cash(usd("69.04")))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("tenders[0].method"));

        Invoice sale = bed.sale(jo, coins, 1);
        assertThatThrownBy(() -> bed.pay(bed.cashier, sale, Tender.loyaltyPoints(usd("80.00"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("never paid back");

        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.pay(bed.till, sale, Tender.loyaltyPoints(usd("1.00"))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));

        CompanySettings settings = bed.shop.facade(CompanySettings.class);
        ShopSettings current = settings.get(bed.owner);
        settings.update(bed.owner, current.toUpdate().loyaltyPointValue(BigDecimal.ZERO).build(), current.version());
        assertThatThrownBy(() -> bed.pay(bed.cashier, sale, Tender.loyaltyPoints(usd("1.00"))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("point value");
        assertThat(bed.balance(jo)).isEqualTo(5000);
    }

    @Test
    void ten_concurrent_redemptions_that_together_exceed_the_balance_never_overdraw_it() throws Exception {
        UUID kim = customerWith("Kim", 500);
        List<Invoice> sales = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sales.add(bed.sale(kim, coins, 1));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (Invoice sale : sales) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "kim-" + sale.id(),
                            Tender.loyaltyPoints(usd("10.00"))));
                    return true;
                } catch (BusinessRuleException insufficient) {
                    return false;
                }
            }));
        }
        start.countDown();
        int paid = 0;
        for (Future<Boolean> outcome : outcomes) {
            paid += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(paid).as("500 points pay five times 100").isEqualTo(5);
        assertThat(bed.balance(kim)).isZero();
        assertThat(bed.number("SELECT count(*) FROM customer_loyalty_points WHERE transaction_type = 'redeemed'")
                .intValue()).isEqualTo(5);
        bed.assertLedgerSound();
    }

    @Test
    void ten_threads_retrying_one_redemption_write_one_ledger_entry() throws Exception {
        UUID lea = customerWith("Lea", 500);
        Invoice sale = bed.sale(lea, coins, 1);
        PaymentRequest request = PaymentRequest.of(sale.id(), "lea-once", Tender.loyaltyPoints(usd("10.00")),
                Tender.cash(usd("60.04")));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<PaymentReceipt>> receipts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            receipts.add(pool.submit(() -> {
                start.await();
                return bed.payments.pay(bed.cashier, request);
            }));
        }
        start.countDown();
        PaymentReceipt first = receipts.get(0).get();
        for (Future<PaymentReceipt> receipt : receipts) {
            assertThat(receipt.get()).isEqualTo(first);
        }
        pool.shutdown();

        assertThat(bed.number("SELECT count(*) FROM customer_loyalty_points WHERE customer_id = ?"
                + " AND transaction_type = 'redeemed'", lea).intValue()).isEqualTo(1);
        assertThat(bed.number("SELECT count(*) FROM customer_loyalty_points WHERE customer_id = ?"
                + " AND transaction_type = 'earned'", lea).intValue()).isEqualTo(1);
        assertThat(bed.balance(lea)).isEqualTo(500 - 100 + 58);
        bed.assertLedgerSound();
    }
}
