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
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The loyalty side of sales, for the sales area to call inside its own transactions
 * ({@code engine.service(LoyaltyLedger.class)}): earning on a payment, redeeming points as a
 * tender, and on a return giving back the points the sale was paid with and taking back the
 * points it earned. Each writes at most one ledger entry under a key
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
     * How many points give back part of what a sale was paid with in points: in proportion to
     * the points its redemptions spent, counted over the sale's returns so far and rounded up,
     * so that each return gives back whole points, the sale's returns together never give back
     * more than were spent, and the return that gives back the last of the value gives back the
     * last of the points. Rounding up gives the customer at most a fraction of a point more, in
     * points, never in money. Reads only; the caller holds the sale's lock, so that no other
     * return of the sale moves between this and {@link #giveBack}.
     *
     * @param tx the return's transaction
     * @param saleId the sale
     * @param paidWithPoints what the sale was paid with in points
     * @param paidBackBefore what its earlier returns gave back of that
     * @param value what this return gives back of it (at most {@code paidWithPoints - paidBackBefore})
     * @return the points, 0 when every point spent on the sale is back already
     */
    public long pointsToGiveBack(Tx tx, UUID saleId, Money paidWithPoints, Money paidBackBefore, Money value) {
        LoyaltyMapper loyalty = tx.mapper(LoyaltyMapper.class);
        long spent = loyalty.redeemedOnSale(saleId);
        long before = loyalty.paidBackOnSale(saleId);
        if (spent <= before || !value.isPositive() || !paidWithPoints.isPositive()) {
            return 0;
        }
        Money through = paidBackBefore.plus(value);
        long upTo = through.compareTo(paidWithPoints) >= 0 ? spent
                : BigDecimal.valueOf(spent).multiply(through.amount())
                        .divide(paidWithPoints.amount(), 0, RoundingMode.CEILING).longValueExact();
        return Math.max(0, Math.min(upTo, spent) - before);
    }

    /**
     * Gives points back to a customer on a return, for what the sale was paid with in points: a
     * new lot ({@code adjusted}, reference type {@code return}, the credit note as reference)
     * that expires after the active programme's validity counted from today (never, when no
     * programme is active or it sets none), like points just earned. Sales posts the refund
     * row against the liability, as it posts a redemption. The caller holds the sale's lock.
     *
     * @param tx the return's transaction
     * @param ctx who takes the return
     * @param customerId the customer
     * @param saleId the sale
     * @param creditNoteId the credit note
     * @param creditNoteNumber its number
     * @param refundRowId the credit note's refund row of method loyalty points
     * @param points the points, from {@link #pointsToGiveBack} (nothing happens for 0)
     * @param value what they give back
     */
    public void giveBack(Tx tx, CallContext ctx, UUID customerId, UUID saleId, UUID creditNoteId,
            String creditNoteNumber, UUID refundRowId, long points, Money value) {
        if (points <= 0) {
            return;
        }
        book.lock(tx, customerId);
        LocalDate today = support.dateOf(support.now());
        Integer validity = programs.active(tx).map(LoyaltyProgram::pointsValidityDays).orElse(null);
        book.append(tx, new Movement(customerId, PointsTransactionType.ADJUSTED, points, value, "return",
                creditNoteId, saleId, refundRowId, "Given back by credit note " + creditNoteNumber
                        + ": points the sale was paid with", validity == null ? null : today.plusDays(validity),
                "return-points:" + creditNoteId, null, ctx.actor().userId()));
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
