package dev.goldshop.core.loyalty;

import dev.goldshop.core.value.Money;
import java.util.UUID;

/**
 * A customer's points and what they are worth as a payment today.
 *
 * @param customerId the customer
 * @param points the balance, never negative
 * @param value the balance at the point value in company settings
 */
public record PointsBalance(UUID customerId, long points, Money value) {
}
