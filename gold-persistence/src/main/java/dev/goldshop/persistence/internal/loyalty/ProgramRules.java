package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.loyalty.LoyaltyProgramDetails;
import dev.goldshop.core.loyalty.LoyaltyTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks a programme's settings before anything is written, naming every invalid field. */
final class ProgramRules {
    private static final int MAX_NAME = 255;
    private static final int MAX_TIER_NAME = 50;
    private static final int MAX_DESCRIPTION = 2000;
    private static final BigDecimal MAX_RATE = new BigDecimal("999.99");
    private static final BigDecimal MAX_MULTIPLIER = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProgramRules() {
    }

    /**
     * Checks the settings.
     *
     * @throws ValidationException naming every invalid field
     */
    static void check(LoyaltyProgramDetails details) {
        if (details == null) {
            throw ValidationException.of("details", null,
                    "is required: new LoyaltyProgramDetails(name, description, rate, tiers, validityDays, basis, active)");
        }
        List<FieldError> errors = new ArrayList<>();
        if (details.name() == null || details.name().isBlank() || details.name().strip().length() > MAX_NAME) {
            errors.add(new FieldError("name", details.name(), "must be 1 to " + MAX_NAME + " characters"));
        }
        if (details.description() != null && details.description().length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", details.description().length() + " characters",
                    "must be at most " + MAX_DESCRIPTION + " characters, or null"));
        }
        BigDecimal rate = details.pointsPerCurrencyUnit();
        if (rate == null || rate.signum() < 0 || rate.compareTo(MAX_RATE) > 0 || decimals(rate) > 2) {
            errors.add(new FieldError("pointsPerCurrencyUnit", text(rate),
                    "must be from 0 to " + MAX_RATE + " with at most two decimals"));
        }
        Integer days = details.pointsValidityDays();
        if (days != null && (days < 1 || days > LoyaltyProgramDetails.MAX_VALIDITY_DAYS)) {
            errors.add(new FieldError("pointsValidityDays", text(days), "must be 1 to "
                    + LoyaltyProgramDetails.MAX_VALIDITY_DAYS + " days, or null for points that never expire"));
        }
        if (details.tierBasis() == null) {
            errors.add(new FieldError("tierBasis", null, "is required: ROLLING_12_MONTHS or LIFETIME"));
        }
        tiers(details.tiers(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void tiers(List<LoyaltyTier> tiers, List<FieldError> errors) {
        if (tiers == null || tiers.size() > LoyaltyTier.MAX_TIERS) {
            errors.add(new FieldError("tiers", tiers == null ? null : tiers.size() + " tiers",
                    "must hold 0 to " + LoyaltyTier.MAX_TIERS + " tiers (an empty list for none)"));
            return;
        }
        Set<String> names = new HashSet<>();
        Set<Long> thresholds = new HashSet<>();
        for (int i = 0; i < tiers.size(); i++) {
            String field = "tiers[" + i + "]";
            LoyaltyTier tier = tiers.get(i);
            if (tier == null) {
                errors.add(new FieldError(field, null, "is required"));
                continue;
            }
            String name = tier.name();
            if (name == null || name.isBlank() || name.strip().length() > MAX_TIER_NAME || !name.equals(name.strip())) {
                errors.add(new FieldError(field + ".name", name, "must be 1 to " + MAX_TIER_NAME
                        + " characters without leading or trailing spaces"));
            } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError(field + ".name", name, "is used by another tier; names must differ"));
            }
            if (tier.threshold() < 0 || tier.threshold() > LoyaltyTier.MAX_THRESHOLD) {
                errors.add(new FieldError(field + ".threshold", text(tier.threshold()),
                        "must be 0 to " + LoyaltyTier.MAX_THRESHOLD + " points"));
            } else if (!thresholds.add(tier.threshold())) {
                errors.add(new FieldError(field + ".threshold", text(tier.threshold()),
                        "is the threshold of another tier; thresholds must differ"));
            }
            BigDecimal multiplier = tier.multiplier();
            if (multiplier == null || multiplier.signum() <= 0 || multiplier.compareTo(MAX_MULTIPLIER) > 0
                    || decimals(multiplier) > 2) {
                errors.add(new FieldError(field + ".multiplier", text(multiplier),
                        "must be above 0 and at most " + MAX_MULTIPLIER + " with at most two decimals (1 = plain rate)"));
            }
            BigDecimal discount = tier.discountPercent();
            if (discount == null || discount.signum() < 0 || discount.compareTo(HUNDRED) > 0 || decimals(discount) > 2) {
                errors.add(new FieldError(field + ".discountPercent", text(discount),
                        "must be from 0 to 100 with at most two decimals"));
            }
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}
