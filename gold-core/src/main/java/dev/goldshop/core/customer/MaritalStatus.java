package dev.goldshop.core.customer;

import dev.goldshop.core.value.CodedEnum;

/**
 * A customer's marital status, which jewellers use for anniversary and wedding offers. Stored as its lower-case {@link #code()}; parse text with
 * {@link dev.goldshop.core.value.CodedEnums#parse}.
 */
public enum MaritalStatus implements CodedEnum {
    /** Single. */
    SINGLE("single"),

    /** Married. */
    MARRIED("married"),

    /** Divorced. */
    DIVORCED("divorced"),

    /** Widowed. */
    WIDOWED("widowed"),

    /** Separated. */
    SEPARATED("separated");

    private final String code;

    MaritalStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
