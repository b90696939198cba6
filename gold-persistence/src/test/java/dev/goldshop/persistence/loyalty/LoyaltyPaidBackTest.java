package dev.goldshop.persistence.loyalty;

import static dev.goldshop.persistence.loyalty.LoyaltyBed.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.loyalty.PointsAdjustment;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.Payment;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.ReturnLine;
import dev.goldshop.core.sales.ReturnReceipt;
import dev.goldshop.core.sales.ReturnRequest;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.value.Money;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A return gives back what its sale was paid with in points as points, and what it was paid
 * with in store credit as store credit (points first, then store credit, then the rest by the
 * chosen method), never more than the sale was paid with that way over all its returns, so that
 * buying with points or store credit and returning never turns them into money.
 */
@ExtendWith(PostgresExtension.class)
class LoyaltyPaidBackTest {
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

    private ReturnReceipt giveBack(Invoice sale, int quantity) {
        return bed.returns.returnGoods(bed.owner.withReason("changed his mind"), ReturnRequest.of(sale.id(),
                PaymentMethod.CASH, new ReturnLine(sale.lines().get(0).id(), quantity)));
    }

    private UUID customerWithPoints(String name, int points) {
        UUID customer = bed.customer(name);
        bed.loyalty.adjust(bed.owner.withReason("welcome"), new PointsAdjustment(customer, points, "welcome-" + name));
        return customer;
    }

    private List<String> paymentsOn(ReturnReceipt receipt) {
        return bed.payments.forInvoice(bed.owner, receipt.creditNote().id()).stream()
                .map(p -> p.method().code() + " " + p.amount().amount().toPlainString()).toList();
    }

    /** Cash taken for a sale less cash given back by its credit notes. */
    private Money netCash(UUID saleId) throws SQLException {
        return usd(bed.number("SELECT coalesce(sum(CASE kind WHEN 'payment' THEN amount ELSE -amount END), 0)"
                + " FROM payments WHERE method = 'cash' AND (invoice_id = ? OR invoice_id IN"
                + " (SELECT id FROM invoices WHERE original_invoice_id = ?))", saleId, saleId).toPlainString());
    }

    @Test
    void a_sale_paid_half_with_points_returned_whole_gives_the_points_back_and_only_the_cash_half_in_cash()
            throws Exception {
        UUID ana = customerWithPoints("Ana", 1000);
        Invoice sale = bed.sale(ana, coins, 2);
        bed.pay(bed.cashier, sale, Tender.loyaltyPoints(usd("70.04")), Tender.cash(usd("70.04")));
        // 701 points pay 70.04; the cash half earns 70.04 x 136.00 / 140.08 = 68.
        assertThat(bed.balance(ana)).isEqualTo(1000 - 701 + 68);

        ReturnReceipt back = giveBack(sale, 2);

        assertThat(back.original().status()).isEqualTo(InvoiceStatus.RETURNED);
        assertThat(back.returnedAsPoints()).isEqualTo(usd("70.04"));
        assertThat(back.pointsReturned()).isEqualTo(701);
        assertThat(back.returnedAsStoreCredit()).isEqualTo(usd("0.00"));
        assertThat(back.keptForSpentPoints()).isEqualTo(usd("0.00"));
        assertThat(back.refunded()).isEqualTo(usd("70.04"));
        assertThat(back.refund().orElseThrow().method()).isEqualTo(PaymentMethod.CASH);
        assertThat(paymentsOn(back)).containsExactlyInAnyOrder("loyalty_points 70.04", "cash 70.04");
        assertThat(bed.balance(ana)).as("as before the sale").isEqualTo(1000);
        assertThat(netCash(sale.id())).isEqualTo(usd("0.00"));
        assertThat(bed.strings("SELECT transaction_type || ' ' || points || ' ' || reference_type FROM"
                + " customer_loyalty_points WHERE invoice_id = ?", sale.id())).containsExactlyInAnyOrder(
                        "redeemed -701 payment", "earned 68 invoice", "adjusted 701 return", "adjusted -68 credit_note");
        assertThat(bed.strings("SELECT l.expiry_date::text FROM loyalty_point_lots l JOIN customer_loyalty_points p"
                + " ON p.id = l.entry_id WHERE p.reference_type = 'return'"))
                .as("a fresh validity of the programme's 365 days").containsExactly(
                        LocalDate.of(2026, 3, 10).plusDays(365).toString());
        assertThat(bed.creditBalanceOf("2200")).as("the liability of the 1000 points held").isEqualTo(usd("100.00"));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("0.00"));
        bed.assertLedgerSound();
    }

    @Test
    void a_sale_paid_half_with_store_credit_returned_whole_gives_the_store_credit_back() throws Exception {
        UUID ben = bed.customer("Ben");
        bed.pay(bed.cashier, bed.sale(ben, coins, 1), Tender.cash(usd("140.08")));
        assertThat(bed.payments.storeCreditBalance(bed.owner, ben)).isEqualTo(usd("70.04"));
        Invoice sale = bed.sale(ben, coins, 2);
        bed.pay(bed.cashier, sale, Tender.storeCredit(usd("70.04")), Tender.cash(usd("70.04")));
        assertThat(bed.payments.storeCreditBalance(bed.owner, ben)).isEqualTo(usd("0.00"));
        assertThat(bed.balance(ben)).isEqualTo(68 + 68);

        ReturnReceipt back = giveBack(sale, 2);

        assertThat(back.returnedAsStoreCredit()).isEqualTo(usd("70.04"));
        assertThat(back.returnedAsPoints()).isEqualTo(usd("0.00"));
        assertThat(back.pointsReturned()).isZero();
        assertThat(back.refunded()).isEqualTo(usd("70.04"));
        assertThat(paymentsOn(back)).containsExactlyInAnyOrder("store_credit 70.04", "cash 70.04");
        assertThat(bed.payments.storeCreditBalance(bed.owner, ben)).isEqualTo(usd("70.04"));
        assertThat(bed.balance(ben)).as("the second sale's points taken back").isEqualTo(68);
        assertThat(netCash(sale.id())).isEqualTo(usd("0.00"));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("0.00"));
        bed.assertLedgerSound();
    }

    @Test
    void points_come_back_first_then_store_credit_then_the_chosen_method() throws Exception {
        UUID cai = customerWithPoints("Cai", 500);
        bed.pay(bed.cashier, bed.sale(cai, coins, 1), Tender.cash(usd("100.04")));
        assertThat(bed.payments.storeCreditBalance(bed.owner, cai)).isEqualTo(usd("30.00"));
        Invoice sale = bed.sale(cai, coins, 2);
        bed.pay(bed.cashier, sale, Tender.loyaltyPoints(usd("30.00")), Tender.storeCredit(usd("30.00")),
                Tender.cash(usd("80.08")));

        ReturnReceipt one = giveBack(sale, 1);
        assertThat(one.returnedAsPoints()).isEqualTo(usd("30.00"));
        assertThat(one.pointsReturned()).isEqualTo(300);
        assertThat(one.returnedAsStoreCredit()).isEqualTo(usd("30.00"));
        assertThat(one.refunded()).isEqualTo(usd("10.04"));

        ReturnReceipt two = giveBack(sale, 1);
        assertThat(two.returnedAsPoints()).isEqualTo(usd("0.00"));
        assertThat(two.pointsReturned()).isZero();
        assertThat(two.returnedAsStoreCredit()).isEqualTo(usd("0.00"));
        assertThat(two.refunded()).isEqualTo(usd("70.04"));

        assertThat(bed.payments.storeCreditBalance(bed.owner, cai)).isEqualTo(usd("30.00"));
        assertThat(bed.balance(cai)).as("the welcome points and the first sale's 68").isEqualTo(500 + 68);
        assertThat(netCash(sale.id())).isEqualTo(usd("0.00"));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("0.00"));
        bed.assertLedgerSound();
    }

    @Test
    void partial_returns_never_give_back_more_points_than_the_sale_spent() throws Exception {
        UUID dan = customerWithPoints("Dan", 1000);
        Invoice sale = bed.sale(dan, coins, 3);
        bed.pay(bed.cashier, sale, Tender.loyaltyPoints(usd("100.00")), Tender.cash(usd("110.12")));

        ReturnReceipt one = giveBack(sale, 1);
        assertThat(one.returnedAsPoints()).isEqualTo(usd("70.04"));
        assertThat(one.pointsReturned()).as("1000 x 70.04 / 100.00, rounded up").isEqualTo(701);
        assertThat(one.refunded()).isEqualTo(usd("0.00"));
        assertThat(one.refund()).isEmpty();

        ReturnReceipt two = giveBack(sale, 1);
        assertThat(two.returnedAsPoints()).as("what is left of the 100.00").isEqualTo(usd("29.96"));
        assertThat(two.pointsReturned()).isEqualTo(299);
        assertThat(two.refunded()).isEqualTo(usd("40.08"));

        ReturnReceipt three = giveBack(sale, 1);
        assertThat(three.returnedAsPoints()).isEqualTo(usd("0.00"));
        assertThat(three.pointsReturned()).isZero();
        assertThat(three.refunded()).isEqualTo(usd("70.04"));

        assertThat(bed.number("SELECT sum(points) FROM customer_loyalty_points WHERE invoice_id = ?"
                + " AND reference_type = 'return'", sale.id()).intValue()).isEqualTo(1000);
        assertThat(bed.balance(dan)).as("the points spent back, the points earned taken back").isEqualTo(1000);
        assertThat(netCash(sale.id())).isEqualTo(usd("0.00"));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("0.00"));
        bed.assertLedgerSound();
    }

    @Test
    void concurrent_returns_of_one_sale_give_back_its_points_once() throws Exception {
        UUID eva = customerWithPoints("Eva", 3000);
        Invoice sale = bed.sale(eva, coins, 6);
        bed.pay(bed.cashier, sale, Tender.loyaltyPoints(usd("200.00")), Tender.cash(usd("220.24")));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<ReturnReceipt>> outcomes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return giveBack(sale, 1);
            }));
        }
        start.countDown();
        Money asPoints = usd("0.00");
        Money inCash = usd("0.00");
        long points = 0;
        for (Future<ReturnReceipt> outcome : outcomes) {
            ReturnReceipt receipt = outcome.get();
            asPoints = asPoints.plus(receipt.returnedAsPoints());
            inCash = inCash.plus(receipt.refunded());
            points += receipt.pointsReturned();
        }
        pool.shutdown();

        assertThat(asPoints).isEqualTo(usd("200.00"));
        assertThat(points).isEqualTo(2000);
        assertThat(inCash).isEqualTo(usd("220.24"));
        assertThat(bed.number("SELECT sum(points) FROM customer_loyalty_points WHERE invoice_id = ?"
                + " AND reference_type = 'return'", sale.id()).intValue()).isEqualTo(2000);
        assertThat(bed.number("SELECT sum(amount) FROM payments WHERE details ->> 'reason' = 'paid_back'"))
                .isEqualByComparingTo("200.00");
        assertThat(bed.balance(eva)).isEqualTo(3000);
        List<Payment> onSale = bed.payments.forInvoice(bed.owner, sale.id());
        assertThat(onSale).hasSize(2);
        assertThat(netCash(sale.id())).isEqualTo(usd("0.00"));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("0.00"));
        bed.assertLedgerSound();
    }
}
