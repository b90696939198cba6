package dev.goldshop.core.sales;

import java.util.List;
import java.util.UUID;

/**
 * A return of goods from a sale.
 *
 * @param invoiceId the sale
 * @param lines what comes back: at most 200 lines, each line of the sale at most once
 * @param refundMethod how the part of the return the customer had already paid is given back:
 *     cash, card, bank transfer, cheque or store credit (registered customers only; never old
 *     gold or loyalty points); needed only
 *     when there is something to give back, else {@code null}
 * @param refundReference a slip, transfer or cheque number for the refund, or {@code null} (at
 *     most 100 characters)
 */
public record ReturnRequest(UUID invoiceId, List<ReturnLine> lines, PaymentMethod refundMethod,
        String refundReference) {

    /**
     * Copies the lines (keeping {@code null} entries, so that validation can name them).
     */
    public ReturnRequest {
        lines = lines == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lines));
    }

    /**
     * A return refunded by one method, without reference.
     *
     * @param invoiceId the sale
     * @param refundMethod the refund method, or {@code null} when nothing was paid
     * @param lines what comes back
     * @return the request
     */
    public static ReturnRequest of(UUID invoiceId, PaymentMethod refundMethod, ReturnLine... lines) {
        return new ReturnRequest(invoiceId, List.of(lines), refundMethod, null);
    }
}
