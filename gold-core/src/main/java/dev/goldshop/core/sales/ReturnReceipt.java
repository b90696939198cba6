package dev.goldshop.core.sales;

import dev.goldshop.core.value.Money;
import java.util.Optional;

/**
 * The outcome of a return: the credit note, the sale as it stands after it, and how the credit
 * note was settled. {@code creditNote.total() = appliedToBalance + returnedAsPoints +
 * returnedAsStoreCredit + keptForSpentPoints + refunded}.
 *
 * @param creditNote the credit note
 * @param original the sale after the return
 * @param appliedToBalance the part set against what the customer still owed on the sale
 * @param refunded the part given back by the request's refund method
 * @param refund the refund row of that method, when something was given back by it
 * @param keptForSpentPoints the value of loyalty points the sale earned, that the return takes
 *     back and that the customer had already spent, kept from the refund (0 almost always)
 * @param returnedAsPoints the part given back as loyalty points because the sale was paid with
 *     points (a refund row of method {@code loyalty_points} on the credit note)
 * @param pointsReturned how many points that was, re-credited to the customer's balance
 * @param returnedAsStoreCredit the part given back as store credit because the sale was paid
 *     with store credit (a refund row of method {@code store_credit} on the credit note)
 */
public record ReturnReceipt(Invoice creditNote, Invoice original, Money appliedToBalance, Money refunded,
        Optional<Payment> refund, Money keptForSpentPoints, Money returnedAsPoints, long pointsReturned,
        Money returnedAsStoreCredit) {

    /**
     * Normalises the optional.
     */
    public ReturnReceipt {
        refund = refund == null ? Optional.empty() : refund;
    }
}
