package dev.goldshop.core.customer;

import dev.goldshop.core.value.CodedEnum;

/**
 * Who started a communication (the spec's {@code direction}). Stored as its lower-case {@link #code()}; parse text with
 * {@link dev.goldshop.core.value.CodedEnums#parse}.
 */
public enum Direction implements CodedEnum {
    /** The customer contacted the shop. */
    INBOUND("inbound"),

    /** The shop contacted the customer. */
    OUTBOUND("outbound"),

    /** Staff only, for example a note. */
    INTERNAL("internal");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
