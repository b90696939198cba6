package dev.goldshop.core.customer;

import dev.goldshop.core.value.CodedEnum;

/**
 * The type of a shop-defined custom field, and so which Java values it accepts. Stored as its lower-case {@link #code()}; parse text with
 * {@link dev.goldshop.core.value.CodedEnums#parse}.
 */
public enum CustomFieldType implements CodedEnum {
    /** A {@link String} of at most 1,000 characters. */
    TEXT("text"),

    /** An exact number: {@link java.math.BigDecimal}, {@link Integer}, {@link Long} or {@link java.math.BigInteger} (never a double). */
    NUMBER("number"),

    /** A {@link java.time.LocalDate}. */
    DATE("date"),

    /** A {@link Boolean}. */
    BOOLEAN("boolean"),

    /** A {@link String} out of the definition's allowed values. */
    CHOICE("choice");

    private final String code;

    CustomFieldType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
