package dev.goldshop.core.sales;

import java.util.List;
import java.util.UUID;

/**
 * One payment call: one or more tenders (split tender) against a sale, under an idempotency key.
 *
 * <p>The key makes the call safe to retry: a retry with the same key and the same request
 * returns the original receipt and changes nothing; the same key with a different request is
 * refused ({@code IDEMPOTENCY_MISMATCH}). Use a new key for each payment the customer makes,
 * for example a UUID made when the cashier presses "pay".
 *
 * @param invoiceId the sale
 * @param tenders the tenders, 1 to 10
 * @param idempotencyKey 1 to 100 characters of letters, digits and {@code . _ : -}
 * @param overpayment what becomes of tenders worth more than the balance due, or {@code null}
 *     for the default (store credit for a registered customer, change for a walk-in)
 */
public record PaymentRequest(UUID invoiceId, List<Tender> tenders, String idempotencyKey, Overpayment overpayment) {

    /**
     * Copies the tenders (keeping {@code null} entries, so that validation can name them).
     */
    public PaymentRequest {
        tenders = tenders == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tenders));
    }

    /**
     * A request with the default treatment of an overpayment.
     *
     * @param invoiceId the sale
     * @param idempotencyKey the key
     * @param tenders the tenders
     * @return the request
     */
    public static PaymentRequest of(UUID invoiceId, String idempotencyKey, Tender... tenders) {
        return new PaymentRequest(invoiceId, List.of(tenders), idempotencyKey, null);
    }

    /**
     * A copy with an explicit treatment of an overpayment.
     *
     * @param treatment store credit or change
     * @return the copy
     */
    public PaymentRequest withOverpayment(Overpayment treatment) {
        return new PaymentRequest(invoiceId, tenders, idempotencyKey, treatment);
    }
}
