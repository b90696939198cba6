package dev.goldshop.core.sales;

import dev.goldshop.core.value.Money;
import java.util.Optional;

/**
 * The outcome of a return: the credit note, the sale as it stands after it, and how the credit
 * note was settled. {@code creditNote.total() = appliedToBalance + refunded}.
 *
 * @param creditNote the credit note
 * @param original the sale after the return
 * @param appliedToBalance the part set against what the customer still owed on the sale
 * @param refunded the part given back
 * @param refund the refund row, when something was given back
 */
public record ReturnReceipt(Invoice creditNote, Invoice original, Money appliedToBalance, Money refunded,
        Optional<Payment> refund) {

    /**
     * Normalises the optional.
     */
    public ReturnReceipt {
        refund = refund == null ? Optional.empty() : refund;
    }
}
