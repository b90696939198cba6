package dev.goldshop.core.customer;

import dev.goldshop.core.value.CodedEnum;

/**
 * How often a customer tends to buy (the spec's {@code purchase_frequency}). Stored as its lower-case {@link #code()}; parse text with
 * {@link dev.goldshop.core.value.CodedEnums#parse}.
 */
public enum PurchaseFrequency implements CodedEnum {
    /** About every week. */
    WEEKLY("weekly"),

    /** About every month. */
    MONTHLY("monthly"),

    /** At festivals and seasons. */
    SEASONAL("seasonal"),

    /** About once a year. */
    ANNUAL("annual");

    private final String code;

    PurchaseFrequency(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
