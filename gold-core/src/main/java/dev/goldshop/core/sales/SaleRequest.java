package dev.goldshop.core.sales;

import java.util.List;
import java.util.UUID;

/**
 * A whole sale at the counter: what is bought and how it is paid, rung up in one call by
 * {@link PointOfSale#sell}.
 *
 * @param customerId the customer, or {@code null} for a walk-in
 * @param notes notes on the invoice, or {@code null}
 * @param lines what is sold, at least one line
 * @param tenders how it is paid, at least one tender
 * @param idempotencyKey the key of the sale (and of its payment): a retried call with the same key
 *     returns the first call's sale and changes nothing
 * @param overpayment what happens to an overpayment, or {@code null} for the default
 */
public record SaleRequest(UUID customerId, String notes, List<NewLine> lines, List<Tender> tenders,
        String idempotencyKey, Overpayment overpayment) {

    /**
     * Copies the lists (keeping {@code null} entries, so that validation can name them).
     */
    public SaleRequest {
        lines = lines == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lines));
        tenders = tenders == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tenders));
    }

    /**
     * A sale with no notes and the default treatment of an overpayment.
     *
     * @param customerId the customer, or {@code null} for a walk-in
     * @param idempotencyKey the key
     * @param lines what is sold
     * @param tenders how it is paid
     * @return the request
     */
    public static SaleRequest of(UUID customerId, String idempotencyKey, List<NewLine> lines, Tender... tenders) {
        return new SaleRequest(customerId, null, lines, List.of(tenders), idempotencyKey, null);
    }
}
