package dev.goldshop.core.pricing;

import java.math.BigDecimal;

/**
 * The making charge (labour, wage) of a weight-priced piece: a kind and a value whose meaning
 * depends on the kind. The pair is what items, invoice lines and company settings store
 * ({@code making_charge_type}, {@code making_charge_value}).
 *
 * @param type how the charge is reckoned
 * @param value for {@link MakingChargeType#PER_GRAM} an amount per gram of net weight (at most
 *     four decimals, like metal rates); for {@link MakingChargeType#PERCENT} a percentage of the
 *     metal value (0 to 999.99, two decimals); for {@link MakingChargeType#FIXED} an amount per
 *     piece, exact in the line's currency. Never negative.
 */
public record MakingCharge(MakingChargeType type, BigDecimal value) {

    /**
     * Validates the pair.
     *
     * @throws dev.goldshop.core.error.ValidationException naming {@code makingCharge.type} or
     *     {@code makingCharge.value} if a part is missing, negative or too precise
     */
    public MakingCharge {
        Checks checks = new Checks();
        boolean typed = checks.required("makingCharge.type", type);
        if (checks.required("makingCharge.value", value)) {
            if (typed && type == MakingChargeType.PERCENT) {
                checks.percent("makingCharge.value", value, Checks.MAX_PERCENT);
            } else if (value.signum() < 0) {
                checks.reject("makingCharge.value", value, "must be 0 or more");
            } else if (typed && type == MakingChargeType.PER_GRAM && Checks.decimals(value) > Checks.RATE_SCALE) {
                checks.reject("makingCharge.value", value,
                        "a rate per gram has at most " + Checks.RATE_SCALE + " decimals");
            }
        }
        checks.throwIfAny();
    }

    /**
     * A charge per gram of net weight.
     *
     * @param ratePerGram the amount per gram
     * @return the charge
     */
    public static MakingCharge perGram(BigDecimal ratePerGram) {
        return new MakingCharge(MakingChargeType.PER_GRAM, ratePerGram);
    }

    /**
     * A charge as a percentage of the metal value.
     *
     * @param percent for example {@code 12} for 12 %
     * @return the charge
     */
    public static MakingCharge percent(BigDecimal percent) {
        return new MakingCharge(MakingChargeType.PERCENT, percent);
    }

    /**
     * A fixed charge per piece.
     *
     * @param amount the amount per piece, exact in the line's currency
     * @return the charge
     */
    public static MakingCharge fixed(BigDecimal amount) {
        return new MakingCharge(MakingChargeType.FIXED, amount);
    }

    /**
     * No making charge at all.
     *
     * @return a fixed charge of zero
     */
    public static MakingCharge none() {
        return fixed(BigDecimal.ZERO);
    }
}
