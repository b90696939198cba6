package dev.goldshop.core.loyalty;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a host sets on a programme, when creating it or replacing its settings.
 *
 * <p>Checked by {@link Loyalty}: a name of 1 to 255 characters; a description of at most 2,000
 * characters or {@code null}; points per currency unit from 0 to 999.99 with at most two
 * decimals; the tiers as {@link LoyaltyTier} says; a validity of 1 to 3,650 days, or
 * {@code null} for points that never expire; a tier basis. A programme saved as active becomes
 * the one active programme and the one before it stops being active (in the same transaction).
 *
 * @param name the programme's name
 * @param description what it offers, or {@code null}
 * @param pointsPerCurrencyUnit points earned per unit of currency paid, excluding tax
 * @param tiers the tiers, in any order
 * @param pointsValidityDays how many days earned points live, or {@code null} for ever
 * @param tierBasis which earned points count towards tiers
 * @param active whether this is the programme customers earn under
 */
public record LoyaltyProgramDetails(String name, String description, BigDecimal pointsPerCurrencyUnit,
        List<LoyaltyTier> tiers, Integer pointsValidityDays, TierBasis tierBasis, boolean active) {
    /** The longest validity of earned points, in days. */
    public static final int MAX_VALIDITY_DAYS = 3650;

    /**
     * Copies the tiers, keeping {@code null} entries so that validation can name them.
     */
    public LoyaltyProgramDetails {
        tiers = tiers == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tiers));
    }
}
