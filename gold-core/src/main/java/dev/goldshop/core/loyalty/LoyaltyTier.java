package dev.goldshop.core.loyalty;

import java.math.BigDecimal;

/**
 * A tier of a programme: reached at {@code threshold} qualifying points (see {@link TierBasis}),
 * it multiplies the points a customer earns and names the discount the shop grants.
 *
 * <p>{@link Loyalty} checks a programme's tiers: 0 to {@value #MAX_TIERS} tiers; names of 1 to
 * 50 characters, unique ignoring case; thresholds of 0 to {@value #MAX_THRESHOLD}, all
 * different; a multiplier above 0 and at most 10 with at most two decimals (1 earns the plain
 * rate); a discount from 0 to 100 percent with at most two decimals.
 *
 * @param name the tier's name, for example {@code Gold}
 * @param threshold the qualifying points from which a customer is in this tier
 * @param multiplier what earned points are multiplied by
 * @param discountPercent the discount the tier grants, in percent (shown to the cashier; the
 *     SDK does not apply it to drafts by itself)
 */
public record LoyaltyTier(String name, long threshold, BigDecimal multiplier, BigDecimal discountPercent) {
    /** The most tiers a programme may have. */
    public static final int MAX_TIERS = 10;
    /** The highest threshold a tier may have. */
    public static final long MAX_THRESHOLD = 1_000_000_000L;

    /**
     * A tier with no discount.
     *
     * @param name the name
     * @param threshold the qualifying points
     * @param multiplier the multiplier
     * @return the tier
     */
    public static LoyaltyTier of(String name, long threshold, String multiplier) {
        return new LoyaltyTier(name, threshold, new BigDecimal(multiplier), BigDecimal.ZERO);
    }
}
