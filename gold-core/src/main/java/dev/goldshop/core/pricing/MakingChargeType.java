package dev.goldshop.core.pricing;

import dev.goldshop.core.value.CodedEnum;

/** How the making charge (labour, wage) of a weight-priced piece is reckoned. */
public enum MakingChargeType implements CodedEnum {
    /** An amount per gram of net weight: net weight x rate. */
    PER_GRAM("per_gram"),
    /** A percentage of the metal value. */
    PERCENT("percent"),
    /** A fixed amount per piece. */
    FIXED("fixed");

    private final String code;

    MakingChargeType(String code) {
        this.code = code;
    }

    /**
     * The code stored in {@code making_charge_type} columns.
     *
     * @return {@code per_gram}, {@code percent} or {@code fixed}
     */
    @Override
    public String code() {
        return code;
    }
}
