package dev.goldshop.core.loyalty;

import java.util.Optional;
import java.util.UUID;

/**
 * A customer's tier under the active programme, and how far the next one is.
 *
 * @param customerId the customer
 * @param programId the active programme
 * @param basis which earned points count
 * @param qualifyingPoints the points that count (never negative)
 * @param current the tier reached, or empty below the lowest threshold
 * @param next the next tier up, or empty at the top
 * @param pointsToNext how many more qualifying points reach the next tier, 0 at the top
 */
public record TierStatus(UUID customerId, UUID programId, TierBasis basis, long qualifyingPoints,
        Optional<LoyaltyTier> current, Optional<LoyaltyTier> next, long pointsToNext) {
}
