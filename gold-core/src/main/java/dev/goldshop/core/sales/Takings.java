package dev.goldshop.core.sales;

import dev.goldshop.core.value.Money;

/**
 * What one payment method brought in during a day.
 *
 * @param method the method
 * @param received payments received
 * @param refunded refunds, change and overpayments kept as store credit given back by it
 * @param net received - refunded
 */
public record Takings(PaymentMethod method, Money received, Money refunded, Money net) {
}
