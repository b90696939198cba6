package dev.goldshop.core.customer;

import dev.goldshop.core.value.CodedEnum;

/**
 * A customer's gender, as the customer states it. Stored as its lower-case {@link #code()}; parse text with
 * {@link dev.goldshop.core.value.CodedEnums#parse}.
 */
public enum Gender implements CodedEnum {
    /** Male. */
    MALE("male"),

    /** Female. */
    FEMALE("female"),

    /** Another gender. */
    OTHER("other"),

    /** The customer prefers not to say. */
    UNDISCLOSED("undisclosed");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
