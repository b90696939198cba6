package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.sales.PaymentKind;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.StoreCreditReason;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.loyalty.LoyaltyLedger;
import dev.goldshop.persistence.internal.mapper.PaymentMapper;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Gives back, on a return, what the sale was paid with in loyalty points and in store credit in
 * that same form, so that buying with points or store credit and returning the goods never turns
 * them into money. Of what a return refunds, points come first, then store credit, and only the
 * rest goes by the method the cashier chose; each is capped by what the sale was paid with that
 * way less what its earlier returns already gave back that way (read under the sale's lock, which
 * the caller holds, so two returns of one sale cannot both give the same share back).
 *
 * <p>Each share is a refund row of kind refund on the credit note, with {@code details.reason =
 * "paid_back"}, posted like any refund ({@code Dr receivable, Cr loyalty liability} for points,
 * {@code Cr store credit liability} for store credit). The points go back to the ledger as a new
 * lot ({@link LoyaltyLedger#giveBack}); the store credit to the customer's balance.
 */
final class TenderPayback {
    /** The {@code details.reason} of the refund rows written here. */
    static final String PAID_BACK = "paid_back";

    private final SalesSupport support;
    private final Postings postings;
    private final StoreCreditBook credit;
    private final LoyaltyLedger loyalty;

    TenderPayback(SalesSupport support, Postings postings, StoreCreditBook credit, LoyaltyLedger loyalty) {
        this.support = support;
        this.postings = postings;
        this.credit = credit;
        this.loyalty = loyalty;
    }

    /**
     * What a refund gives back in points and in store credit.
     *
     * @param points the value given back as points
     * @param storeCredit the amount given back as store credit
     * @param paidWithPoints what the sale was paid with in points
     * @param pointsBackBefore what earlier returns of the sale gave back as points
     */
    record Shares(Money points, Money storeCredit, Money paidWithPoints, Money pointsBackBefore) {
        Money total() {
            return points.plus(storeCredit);
        }
    }

    /**
     * What was given back.
     *
     * @param points the points re-credited
     * @param pointsValue their value (the refund row's amount)
     * @param storeCredit the store credit added
     */
    record Given(long points, Money pointsValue, Money storeCredit) {
    }

    /**
     * Splits what a return refunds (reads only).
     *
     * @param tx the return's transaction, holding the sale's lock
     * @param sale the sale
     * @param refunded what the return gives back beyond what is set against the balance due
     * @return the shares
     */
    Shares shares(Tx tx, InvoiceRow sale, Money refunded) {
        PaymentMapper payments = tx.mapper(PaymentMapper.class);
        String pointsCode = PaymentMethod.LOYALTY_POINTS.code();
        String creditCode = PaymentMethod.STORE_CREDIT.code();
        Money paidWithPoints = payments.sumPaidBy(sale.id, pointsCode);
        Money pointsBefore = payments.sumPaidBackBy(sale.id, pointsCode);
        Money points = refunded.min(paidWithPoints.minus(pointsBefore)).max(support.zero());
        Money left = refunded.minus(points);
        Money storeCredit = left.min(payments.sumPaidBy(sale.id, creditCode)
                .minus(payments.sumPaidBackBy(sale.id, creditCode))).max(support.zero());
        return new Shares(points, storeCredit, paidWithPoints, pointsBefore);
    }

    /**
     * Gives the shares back: refund rows, their journals, the points and the store credit.
     *
     * @param tx the return's transaction, holding the sale's lock
     * @param ctx who takes the return
     * @param sale the sale
     * @param note the credit note
     * @param shares from {@link #shares}
     * @param now the time
     * @param date the credit note's date
     * @return what was given back
     */
    Given giveBack(Tx tx, CallContext ctx, InvoiceRow sale, InvoiceRow note, Shares shares, Instant now,
            LocalDate date) {
        String what = "credit note " + note.invoiceNumber;
        long points = 0;
        if (shares.points().isPositive()) {
            points = loyalty.pointsToGiveBack(tx, sale.id, shares.paidWithPoints(), shares.pointsBackBefore(),
                    shares.points());
            PaymentRow row = refundRow(support, ctx, note, PaymentMethod.LOYALTY_POINTS, shares.points(),
                    "return-paid-points#" + note.id, "{\"reason\": \"" + PAID_BACK + "\", \"points\": " + points + "}",
                    now);
            tx.mapper(PaymentMapper.class).insert(row);
            postings.refund(tx, ctx, date, row.id, PaymentMethod.LOYALTY_POINTS, row.amount, what);
            loyalty.giveBack(tx, ctx, note.customerId, sale.id, note.id, note.invoiceNumber, row.id, points,
                    row.amount);
        }
        if (shares.storeCredit().isPositive()) {
            PaymentRow row = refundRow(support, ctx, note, PaymentMethod.STORE_CREDIT, shares.storeCredit(),
                    "return-paid-credit#" + note.id, "{\"reason\": \"" + PAID_BACK + "\"}", now);
            tx.mapper(PaymentMapper.class).insert(row);
            postings.refund(tx, ctx, date, row.id, PaymentMethod.STORE_CREDIT, row.amount, what);
            credit.credit(tx, note.customerId, row.amount, StoreCreditReason.REFUND, note.id, row.id,
                    SalesSupport.userOf(ctx));
        }
        return new Given(points, shares.points(), shares.storeCredit());
    }

    /**
     * A completed refund row on a credit note.
     *
     * @param support the area's support
     * @param ctx who gives it
     * @param note the credit note
     * @param method how it is given
     * @param amount how much
     * @param key its idempotency key, unique per credit note and purpose
     * @param details its details as JSON
     * @param now the time
     * @return the row, not yet stored
     */
    static PaymentRow refundRow(SalesSupport support, CallContext ctx, InvoiceRow note, PaymentMethod method,
            Money amount, String key, String details, Instant now) {
        PaymentRow row = new PaymentRow();
        row.id = support.newId();
        row.invoiceId = note.id;
        row.customerId = note.customerId;
        row.kind = PaymentKind.REFUND;
        row.amount = amount;
        row.currency = support.currency.getCurrencyCode();
        row.method = method;
        row.status = PaymentTaking.COMPLETED;
        row.details = details;
        row.paidAt = now;
        row.receivedBy = SalesSupport.userOf(ctx);
        row.idempotencyKey = key;
        row.createdAt = now;
        return row;
    }
}
