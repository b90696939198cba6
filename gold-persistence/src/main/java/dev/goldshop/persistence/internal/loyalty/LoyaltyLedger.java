package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.loyalty.LoyaltyProgram;
import dev.goldshop.core.loyalty.PointsArithmetic;
import dev.goldshop.core.loyalty.PointsTransactionType;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.LoyaltyMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The loyalty side of sales, for the sales area to call inside its own transactions
 * ({@code engine.service(LoyaltyLedger.class)}): earning on a payment, redeeming points as a
 * tender, and taking points back on a return. Each writes at most one ledger entry under a key
 * derived from the sales document, so that it happens once however often it is reached; the
 * journals of the loyalty liability go into the same transaction.
 */
public final class LoyaltyLedger {
    private final LoyaltySupport support;
    private final PointsBook book;
    private final Programs programs;
    private final LoyaltyPostings postings;

    LoyaltyLedger(LoyaltySupport support, PointsBook book, Programs programs, LoyaltyPostings postings) {
        this.support = support;
        this.book = book;
        this.programs = programs;
        this.postings = postings;
    }

    /** What a return took back of its sale's points. */
    public record TakeBack(long points, long fromBalance, long spent, Money keptFromRefund) {
    }

    /**
     * Earns points on a payment of a registered customer's sale, under the active programme (none
     * active: nothing). The caller holds the invoice's lock.
     *
     * @param tx the payment's transaction
     * @param ctx who takes the payment
     * @param customerId the customer
     * @param invoiceId the sale
     * @param invoiceNumber its number, for the description
     * @param paymentKey the payment call's idempotency key
     * @param earning the part applied to the sale that earns (not paid with points or store credit)
     * @param invoiceTotal the sale's total
     * @param invoiceTax the sale's tax
     * @return the points earned, 0 if none
     */
    public long earn(Tx tx, CallContext ctx, UUID customerId, UUID invoiceId, String invoiceNumber, String paymentKey,
            Money earning, Money invoiceTotal, Money invoiceTax) {
        if (!earning.isPositive() || !invoiceTotal.isPositive()) {
            return 0;
        }
        Optional<LoyaltyProgram> active = programs.active(tx);
        if (active.isEmpty()) {
            return 0;
        }
        LoyaltyProgram program = active.get();
        String key = "earn:" + paymentKey;
        book.lock(tx, customerId);
        if (tx.mapper(LoyaltyMapper.class).selectEntryByKey(key) != null) {
            return 0;
        }
        BigDecimal multiplier = PointsArithmetic.multiplier(programs.tier(tx, customerId, program).current());
        long points = PointsArithmetic.pointsForPayment(earning.amount(), invoiceTotal.amount(),
                invoiceTax.amount(), program.pointsPerCurrencyUnit(), multiplier);
        if (points == 0) {
            return 0;
        }
        Instant now = support.now();
        LocalDate today = support.dateOf(now);
        Money value = support.valueOf(points);
        LocalDate expiry = program.pointsValidityDays() == null ? null : today.plusDays(program.pointsValidityDays());
        String what = "Earned on invoice " + invoiceNumber;
        book.append(tx, new Movement(customerId, PointsTransactionType.EARNED, points, value, "invoice", invoiceId,
                invoiceId, null, what + " (" + program.name() + ", x" + multiplier.stripTrailingZeros().toPlainString()
                        + ")", expiry, key, null, ctx.actor().userId()));
        postings.grant(tx, ctx, today, LoyaltyPostings.EARN, invoiceId, value,
                "Loyalty points earned on invoice " + invoiceNumber);
        return points;
    }

    /**
     * How many points pay an amount at today's point value.
     *
     * @param amount the amount
     * @return the points (rounded up)
     * @throws BusinessRuleException if the point value in settings is 0
     */
    public long pointsToPay(Money amount) {
        BigDecimal value = support.pointValue();
        if (value.signum() <= 0) {
            throw new BusinessRuleException("Loyalty points cannot pay anything: the point value in company settings"
                    + " is 0; set loyaltyPointValue first");
        }
        return PointsArithmetic.pointsToPay(amount, value);
    }

    /**
     * Spends points as a payment (the payment row exists already; sales posts it against the
     * liability). The caller holds the invoice's lock.
     *
     * @param tx the payment's transaction
     * @param ctx who takes the payment
     * @param customerId the customer
     * @param invoiceId the sale
     * @param invoiceNumber its number
     * @param paymentId the payment row
     * @param paymentKey the payment row's own key
     * @param points the points, from {@link #pointsToPay}
     * @param value what they pay
     * @throws BusinessRuleException if the customer holds fewer points
     */
    public void redeem(Tx tx, CallContext ctx, UUID customerId, UUID invoiceId, String invoiceNumber, UUID paymentId,
            String paymentKey, long points, Money value) {
        String key = "redeem:" + paymentKey;
        book.lock(tx, customerId);
        if (tx.mapper(LoyaltyMapper.class).selectEntryByKey(key) != null) {
            return;
        }
        book.append(tx, new Movement(customerId, PointsTransactionType.REDEEMED, -points, value, "payment", paymentId,
                invoiceId, paymentId, "Paid " + value + " of invoice " + invoiceNumber, null, key, null,
                ctx.actor().userId()));
    }

    /**
     * Takes back a return's share of the points its sale earned: from the balance as far as it
     * goes, and for points already spent, their value at today's point value kept from the
     * refund (at most the refund). The caller holds the sale's lock.
     *
     * @param tx the return's transaction
     * @param ctx who takes the return
     * @param customerId the customer
     * @param saleId the sale
     * @param creditNoteId the credit note
     * @param creditNoteNumber its number
     * @param returnedTotal the credit note's total
     * @param saleTotal the sale's total
     * @param wholeSaleBack whether the last unit of the sale comes back
     * @param refundable what the return would give back in money
     * @return what was taken back (all zero when the sale earned nothing)
     */
    public TakeBack takeBack(Tx tx, CallContext ctx, UUID customerId, UUID saleId, UUID creditNoteId,
            String creditNoteNumber, Money returnedTotal, Money saleTotal, boolean wholeSaleBack, Money refundable) {
        LoyaltyMapper loyalty = tx.mapper(LoyaltyMapper.class);
        long earned = loyalty.earnedOnSale(saleId);
        if (earned == 0 || !saleTotal.isPositive()) {
            return new TakeBack(0, 0, 0, support.zero());
        }
        long points = PointsArithmetic.pointsToTakeBack(earned, loyalty.takenBackFromSale(saleId), returnedTotal,
                saleTotal, wholeSaleBack);
        if (points == 0) {
            return new TakeBack(0, 0, 0, support.zero());
        }
        long balance = book.lock(tx, customerId);
        long fromBalance = Math.min(points, balance);
        long spent = points - fromBalance;
        Instant now = support.now();
        LocalDate today = support.dateOf(now);
        String what = "Taken back by credit note " + creditNoteNumber;
        if (fromBalance > 0) {
            Money value = support.valueOf(fromBalance);
            book.append(tx, new Movement(customerId, PointsTransactionType.ADJUSTED, -fromBalance, value,
                    "credit_note", creditNoteId, saleId, null, what, null, "takeback:" + creditNoteId, null,
                    ctx.actor().userId()));
            postings.release(tx, ctx, today, LoyaltyPostings.TAKEBACK, creditNoteId, value,
                    "Loyalty points taken back, credit note " + creditNoteNumber);
        }
        Money kept = support.valueOf(spent).min(refundable);
        TakebackRow row = new TakebackRow();
        row.creditNoteId = creditNoteId;
        row.saleId = saleId;
        row.customerId = customerId;
        row.points = LoyaltySupport.entryPoints(points);
        row.fromBalance = (int) fromBalance;
        row.spent = (int) spent;
        row.valueKept = kept;
        row.createdAt = now;
        loyalty.insertTakeback(row);
        return new TakeBack(points, fromBalance, spent, kept);
    }
}
