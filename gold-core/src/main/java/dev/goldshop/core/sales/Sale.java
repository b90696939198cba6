package dev.goldshop.core.sales;

/**
 * A sale rung up by {@link PointOfSale#sell}: the issued invoice and the payment taken.
 *
 * @param invoice the invoice as issued (numbered, rates and prices frozen)
 * @param receipt the payment, with the invoice's status and balance after it
 * @param replayed whether this call repeated an earlier one with the same key (nothing changed)
 */
public record Sale(Invoice invoice, PaymentReceipt receipt, boolean replayed) {
}
