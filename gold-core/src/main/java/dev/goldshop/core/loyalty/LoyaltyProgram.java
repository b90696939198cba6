package dev.goldshop.core.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored loyalty programme.
 *
 * @param id the programme's id
 * @param name its name
 * @param description what it offers, or {@code null}
 * @param pointsPerCurrencyUnit points earned per unit of currency paid, excluding tax
 * @param tiers its tiers, lowest threshold first
 * @param pointsValidityDays how many days earned points live, or {@code null} for ever
 * @param tierBasis which earned points count towards tiers
 * @param active whether customers earn under it now
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param version the version to pass back when changing it
 */
public record LoyaltyProgram(UUID id, String name, String description, BigDecimal pointsPerCurrencyUnit,
        List<LoyaltyTier> tiers, Integer pointsValidityDays, TierBasis tierBasis, boolean active, Instant createdAt,
        Instant updatedAt, long version) {
    /**
     * Copies the tiers.
     */
    public LoyaltyProgram {
        tiers = List.copyOf(tiers);
    }

    /**
     * The programme's settings, to change some of them and save them back.
     *
     * @return the details
     */
    public LoyaltyProgramDetails details() {
        return new LoyaltyProgramDetails(name, description, pointsPerCurrencyUnit, tiers, pointsValidityDays,
                tierBasis, active);
    }
}
