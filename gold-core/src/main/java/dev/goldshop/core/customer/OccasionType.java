package dev.goldshop.core.customer;

import dev.goldshop.core.value.CodedEnum;

/**
 * A special date in a customer's life that the shop remembers for offers and greetings. Stored as its lower-case {@link #code()}; parse text with
 * {@link dev.goldshop.core.value.CodedEnums#parse}.
 */
public enum OccasionType implements CodedEnum {
    /** A wedding anniversary: what anniversary searches look for. */
    ANNIVERSARY("anniversary"),

    /** An engagement. */
    ENGAGEMENT("engagement"),

    /** Any other date; its label says what it is. */
    OTHER("other");

    private final String code;

    OccasionType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
