package dev.goldshop.core.customer;

import dev.goldshop.core.value.Money;
import java.time.Instant;

/**
 * What a customer has bought, as the sales history says: part of every profile view.
 *
 * @param purchaseCount how many purchases
 * @param lifetimeSpend the total paid over the customer's life, in the shop's currency
 * @param lastPurchaseAt when the customer last bought, or {@code null} if never
 * @param averageTicket lifetime spend divided by the number of purchases, or {@code null} if
 *     there are none
 */
public record PurchaseSummary(long purchaseCount, Money lifetimeSpend, Instant lastPurchaseAt, Money averageTicket) {
}
