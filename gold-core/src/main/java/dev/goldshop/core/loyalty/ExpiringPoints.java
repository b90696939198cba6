package dev.goldshop.core.loyalty;

import java.time.LocalDate;

/**
 * Unspent points that expire on one date.
 *
 * @param expiryDate the last day they can be spent
 * @param points how many
 */
public record ExpiringPoints(LocalDate expiryDate, long points) {
}
