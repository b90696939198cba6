package dev.goldshop.core.loyalty;

import dev.goldshop.core.value.Money;

/**
 * What the shop owes its customers in points.
 *
 * @param points every customer's balance, added up
 * @param value those points at today's point value
 * @param booked the balance of the loyalty liability account in the books (the points' value on
 *     the days they were earned, less what was redeemed, expired or taken back); it differs
 *     from {@code value} only when the point value was changed while points were outstanding
 */
public record LoyaltyLiability(long points, Money value, Money booked) {
}
