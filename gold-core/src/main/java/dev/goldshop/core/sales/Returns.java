package dev.goldshop.core.sales;

import dev.goldshop.core.context.CallContext;

/**
 * Returns of goods through credit notes.
 *
 * <p>A return takes back whole or part lines of an issued sale (never more units than were sold
 * less those already returned). It creates a credit note: an invoice row of type
 * {@link InvoiceType#CREDIT_NOTE} pointing at the sale, with its own gapless number in the
 * credit-note series ({@code CN-2026-000001}). Each credit-note line carries the returned share
 * of the sale line's components: for {@code q} of {@code n} units after {@code r} returned before,
 * each amount {@code X} of the sale line contributes {@code round(X (r + q) / n) - round(X r / n)},
 * so that the credit notes of a line fully returned add up to the line exactly. The goods go
 * back into stock.
 *
 * <h2>Settlement and postings</h2>
 * Let {@code R} be the credit note's total, {@code B} the sale's balance due before the return.
 * {@code A = min(R, B)} is set against the balance (the customer no longer owes it), and
 * {@code F = R - A} is refunded. Of {@code F}, what the sale was paid with in loyalty points
 * goes back first, as points ({@code P}), then what it was paid with in store credit, as store
 * credit ({@code S}), each capped by what the sale was paid with that way less what its earlier
 * returns gave back that way (returns of one sale queue on the sale, so concurrent returns
 * cannot both give the same share back); only the rest goes by the request's method, which is
 * needed only when some rest is left. So points and store credit never become money by buying
 * and returning. Two journals keep every account and every document right:
 * <pre>
 * the credit note (reference credit_note):
 *   Dr sales revenue          returned subtotal
 *   Dr tax payable            returned tax
 *      Cr receivable          R
 *   Dr inventory              returned cost (the sale's cost, in proportion)
 *      Cr cost of goods sold  returned cost
 *
 * each refund, when its part of F &gt; 0 (reference payment, a payment row of kind refund on the
 * credit note; those for P and S carry details.reason "paid_back"):
 *   Dr receivable             its part
 *      Cr loyalty liability (P) | store credit liability (S) |
 *         cash | card clearing | bank | cheques in hand | store credit liability (the rest)
 * </pre>
 * The points of {@code P} are re-credited as a new batch (an {@code adjusted} entry of reference
 * type {@code return}) that lives for the active programme's validity from the day of the return;
 * they are the sale's redeemed points in proportion to {@code P}, rounded up over the sale's
 * returns, never more in all than it spent.
 * When the sale earned loyalty points, the return takes back their share (after {@code P} is
 * re-credited); if the customer has already spent some of them, their value {@code K} (at most
 * {@code F - P - S}) is kept from the rest: a refund row of method {@code loyalty_points} on the
 * credit note ({@code Dr receivable K, Cr loyalty expense K}), and {@code F - P - S - K} is given
 * back by the request's method (see {@link dev.goldshop.core.loyalty.Loyalty}).
 * The receivable of the sale and its credit notes therefore moves by {@code -R + F = -A}: it
 * still equals the sale's balance due ({@code total - amountPaid - amountCredited}, where
 * {@code amountCredited} grew by {@code A}), and each credit note's own balance is 0. When every
 * unit of the sale has come back, the sale is {@link InvoiceStatus#RETURNED}, and what was paid
 * for it has been refunded. The customer's lifetime spend drops by {@code R}.
 *
 * <p>More than {@value #RETURNS_PER_DAY_BEFORE_ALERT} credit notes by one user in a day raise an
 * unusual-activity alert.
 */
public interface Returns {
    /** Credit notes by one user in a day beyond which an unusual-activity alert is raised (once a day). */
    int RETURNS_PER_DAY_BEFORE_ALERT = 3;

    /**
     * Takes goods back (see the class comment).
     *
     * @param ctx who calls; needs {@code invoice:return}; {@code ctx.reason()} is kept as the
     *     credit note's notes (at most 2,000 characters)
     * @param request the sale, the lines and the refund method
     * @return the credit note, the sale after the return, and the settlement
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the request is invalid: no lines, a
     *     line not of this sale or named twice, a quantity above what is returnable, a refund
     *     method missing when something must be given back beyond what goes back as points
     *     and store credit, old gold or loyalty points as
     *     refund method, or store credit for a walk-in
     * @throws dev.goldshop.core.error.NotFoundException if there is no such invoice
     * @throws dev.goldshop.core.error.BusinessRuleException if it is not an issued sale (a
     *     draft, a credit note, voided, or fully returned)
     */
    ReturnReceipt returnGoods(CallContext ctx, ReturnRequest request);
}
