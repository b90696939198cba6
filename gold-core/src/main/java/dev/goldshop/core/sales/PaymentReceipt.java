package dev.goldshop.core.sales;

import dev.goldshop.core.value.Money;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of a payment call, as printed on the receipt.
 *
 * <p>{@code tendered = applied + changeDue + storeCreditAdded}. When the tenders are worth more
 * than the balance due, the difference is {@code changeDue} (given back in cash; always so for
 * a walk-in) or {@code storeCreditAdded} (kept as the customer's store credit); each is recorded
 * as a refund row among {@code payments}.
 *
 * @param invoiceId the sale
 * @param invoiceNumber its number
 * @param idempotencyKey the call's key
 * @param payments the rows recorded: one payment per tender, in order, then the refund row of
 *     any overpayment
 * @param tendered the value of all tenders
 * @param applied what went to the invoice
 * @param changeDue cash to give back
 * @param storeCreditAdded kept as store credit
 * @param balanceDue what the invoice still owes after the call
 * @param status the invoice's status after the call
 */
public record PaymentReceipt(UUID invoiceId, String invoiceNumber, String idempotencyKey, List<Payment> payments,
        Money tendered, Money applied, Money changeDue, Money storeCreditAdded, Money balanceDue,
        InvoiceStatus status) {

    /**
     * Copies the list.
     */
    public PaymentReceipt {
        payments = List.copyOf(payments);
    }

    /**
     * Whether cash must be handed back to the customer.
     *
     * @return true when {@code changeDue} is above 0
     */
    public boolean hasChange() {
        return changeDue.isPositive();
    }
}
