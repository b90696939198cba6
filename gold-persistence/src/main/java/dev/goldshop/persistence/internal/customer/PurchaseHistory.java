package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.customer.PurchaseSummary;
import dev.goldshop.engine.spi.Tx;
import java.util.UUID;

/**
 * Where a customer's purchase summary comes from: the seam between customers and sales. Today
 * {@link StoredPurchaseTotals} reads the totals kept on the customer row
 * ({@code purchase_count}, {@code lifetime_spend}, {@code last_purchase_at}); when sales land,
 * an implementation over invoices and payments (net of returns) replaces it in
 * {@link CustomerWiring}, and nothing else in the customer area changes.
 */
public interface PurchaseHistory {
    /**
     * A customer's purchases so far, read in the caller's transaction.
     *
     * @param tx the transaction
     * @param customerId the customer
     * @return the summary (zero purchases for an unknown customer)
     */
    PurchaseSummary summaryOf(Tx tx, UUID customerId);
}
