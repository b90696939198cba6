package dev.goldshop.core.loyalty;

import dev.goldshop.core.value.CodedEnum;

/** Which earned points count towards a customer's tier. */
public enum TierBasis implements CodedEnum {
    /** Points earned (less points taken back by returns) in the last twelve months. */
    ROLLING_12_MONTHS("rolling_12_months"),
    /** Every point ever earned (less points taken back by returns). */
    LIFETIME("lifetime");

    private final String code;

    TierBasis(String code) {
        this.code = code;
    }

    /**
     * The code stored in {@code loyalty_programs.tier_basis}.
     *
     * @return the lower-case code
     */
    @Override
    public String code() {
        return code;
    }
}
