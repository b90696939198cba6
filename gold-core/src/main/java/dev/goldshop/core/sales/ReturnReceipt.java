package dev.goldshop.core.sales;

import dev.goldshop.core.value.Money;
import java.util.Optional;

/**
 * The outcome of a return: the credit note, the sale as it stands after it, and how the credit
 * note was settled. {@code creditNote.total() = appliedToBalance + refunded + keptForSpentPoints}.
 *
 * @param creditNote the credit note
 * @param original the sale after the return
 * @param appliedToBalance the part set against what the customer still owed on the sale
 * @param refunded the part given back
 * @param refund the refund row, when something was given back
 * @param keptForSpentPoints the value of loyalty points the sale earned, that the return takes
 *     back and that the customer had already spent, kept from the refund (0 almost always)
 */
public record ReturnReceipt(Invoice creditNote, Invoice original, Money appliedToBalance, Money refunded,
        Optional<Payment> refund, Money keptForSpentPoints) {

    /**
     * Normalises the optional.
     */
    public ReturnReceipt {
        refund = refund == null ? Optional.empty() : refund;
    }
}
