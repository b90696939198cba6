package dev.goldshop.core.catalog;

import dev.goldshop.core.value.CodedEnum;

/**
 * The type of an attribute that items of a category carry, as a category template defines it.
 * The type says which values an item may hold for the attribute and how they are stored in the
 * item's {@code attributes} JSON.
 */
public enum AttributeType implements CodedEnum {
    /** Free text, such as an engraving: a non-blank {@link String} of at most 1,000 characters. */
    TEXT("text"),
    /** A number, such as a ring size: any {@link Number}, stored exactly as a decimal. */
    NUMBER("number"),
    /** Yes or no, such as "certified": a {@link Boolean}. */
    BOOLEAN("boolean"),
    /** One of the template's allowed values, such as a stone colour: a {@link String}. */
    CHOICE("choice"),
    /**
     * A weight in grams, such as the weight of a pendant's chain: a
     * {@link dev.goldshop.core.value.Weight} or a non-negative number with at most three decimals.
     */
    WEIGHT_GRAMS("weight_grams"),
    /**
     * A calendar date, such as a certificate's date: a {@link java.time.LocalDate} or its ISO
     * text {@code yyyy-MM-dd}.
     */
    DATE("date");

    private final String code;

    AttributeType(String code) {
        this.code = code;
    }

    /**
     * The code stored in the template's JSON, such as {@code "weight_grams"}.
     *
     * @return the lower-case code
     */
    @Override
    public String code() {
        return code;
    }
}
