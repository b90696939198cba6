package dev.goldshop.persistence.loyalty;

import static dev.goldshop.persistence.loyalty.LoyaltyBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.Payment;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.ReturnLine;
import dev.goldshop.core.sales.ReturnReceipt;
import dev.goldshop.core.sales.ReturnRequest;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Returns take back the points their sale earned; points already spent reduce the refund by
 * their value, so that buying, redeeming and returning gains nothing and no balance goes
 * negative.
 */
@ExtendWith(PostgresExtension.class)
class LoyaltyReturnsTest {
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

    private ReturnReceipt returnAll(Invoice sale, int quantity) {
        return bed.returns.returnGoods(bed.owner.withReason("changed her mind"), ReturnRequest.of(sale.id(),
                PaymentMethod.CASH, new ReturnLine(sale.lines().get(0).id(), quantity)));
    }

    @Test
    void a_return_takes_back_its_share_of_the_points_and_releases_the_liability() throws Exception {
        UUID mia = bed.customer("Mia");
        Invoice sale = bed.sale(mia, bed.coins(5), 2);
        bed.pay(bed.cashier, sale, Tender.cash(usd("140.08")));
        assertThat(bed.balance(mia)).isEqualTo(136);

        ReturnReceipt half = returnAll(sale, 1);
        assertThat(bed.balance(mia)).isEqualTo(68);
        assertThat(half.refunded()).isEqualTo(usd("70.04"));
        assertThat(half.keptForSpentPoints()).isEqualTo(usd("0.00"));
        assertThat(bed.creditBalanceOf("2200")).isEqualTo(usd("6.80"));

        ReturnReceipt rest = returnAll(sale, 1);
        assertThat(rest.original().status()).isEqualTo(InvoiceStatus.RETURNED);
        assertThat(bed.balance(mia)).isZero();
        assertThat(bed.creditBalanceOf("2200")).isEqualTo(usd("0.00"));
        assertThat(bed.strings("SELECT transaction_type || ' ' || points || ' ' || reference_type FROM"
                + " customer_loyalty_points WHERE customer_id = ? ORDER BY created_at, id", mia)).containsExactly(
                        "earned 136 invoice", "adjusted -68 credit_note", "adjusted -68 credit_note");
        bed.assertLedgerSound();
    }

    @Test
    void buy_redeem_return_leaves_no_negative_balance_and_a_refund_reduced_by_the_spent_points() throws Exception {
        UUID nils = bed.customer("Nils");
        Invoice bought = bed.sale(nils, coins, 2);
        bed.pay(bed.cashier, bought, Tender.cash(usd("140.08")));
        assertThat(bed.balance(nils)).isEqualTo(136);

        Invoice spentOn = bed.sale(nils, coins, 1);
        bed.pay(bed.cashier, spentOn, Tender.loyaltyPoints(usd("13.00")), Tender.cash(usd("57.04")));
        // 130 points spent; 136 qualifying points make Nils Silver (x1.5), so the cash part earns
        // 57.04 x 68.00 / 70.04 x 1.5 = 83.07 -> 83.
        assertThat(bed.balance(nils)).isEqualTo(136 - 130 + 83);

        ReturnReceipt back = returnAll(bought, 2);

        // 136 to take back, 89 held: 89 from the balance, 47 already spent, worth 4.70.
        assertThat(bed.balance(nils)).isZero();
        assertThat(back.keptForSpentPoints()).isEqualTo(usd("4.70"));
        assertThat(back.refunded()).isEqualTo(usd("135.38"));
        assertThat(back.refund().orElseThrow().amount()).isEqualTo(usd("135.38"));
        List<Payment> onNote = bed.payments.forInvoice(bed.owner, back.creditNote().id());
        assertThat(onNote).extracting(p -> p.method().code() + " " + p.amount().amount().toPlainString())
                .containsExactlyInAnyOrder("cash 135.38", "loyalty_points 4.70");
        assertThat(back.creditNote().balanceDue()).isEqualTo(usd("0.00"));
        assertThat(bed.receivableOf(bought.id())).isEqualTo(usd("0.00"));
        assertThat(bed.strings("SELECT points || '/' || from_balance || '/' || spent || '/' || value_kept FROM"
                + " loyalty_takebacks")).containsExactly("136/89/47/4.70");
        bed.assertLedgerSound();
    }

    @Test
    void a_return_never_takes_back_more_than_the_sale_earned_and_sales_without_points_lose_none()
            throws Exception {
        UUID ola = bed.customer("Ola");
        Invoice sale = bed.sale(ola, bed.coins(5), 3);
        bed.pay(bed.cashier, sale, Tender.cash(usd("210.12")));
        assertThat(bed.balance(ola)).isEqualTo(204);
        returnAll(sale, 1);
        returnAll(sale, 1);
        returnAll(sale, 1);
        assertThat(bed.balance(ola)).isZero();
        assertThat(bed.number("SELECT sum(points) FROM loyalty_takebacks WHERE sale_id = ?", sale.id()).intValue())
                .isEqualTo(204);

        UUID pia = bed.customer("Pia");
        bed.loyalty.adjust(bed.owner.withReason("gift"), new dev.goldshop.core.loyalty.PointsAdjustment(pia, 40,
                "gift-pia"));
        bed.loyalty.updateProgram(bed.owner, bed.loyalty.activeProgram(bed.owner).orElseThrow().id(),
                LoyaltyBed.standard(false), bed.loyalty.activeProgram(bed.owner).orElseThrow().version());
        Invoice unearned = bed.sale(pia, coins, 1);
        bed.pay(bed.cashier, unearned, Tender.cash(usd("70.04")));
        returnAll(unearned, 1);
        assertThat(bed.balance(pia)).isEqualTo(40);
        bed.assertLedgerSound();
    }

    @Test
    void points_are_never_a_refund_method() {
        UUID quinn = bed.customer("Quinn");
        Invoice sale = bed.sale(quinn, coins, 1);
        bed.pay(bed.cashier, sale, Tender.cash(usd("70.04")));
        assertThatThrownBy(() -> bed.returns.returnGoods(bed.owner, ReturnRequest.of(sale.id(),
                PaymentMethod.LOYALTY_POINTS, new ReturnLine(sale.lines().get(0).id(), 1))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("refundMethod"));
    }
}
