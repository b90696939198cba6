package dev.goldshop.core.value;

import java.math.BigDecimal;

/** Helpers the value types share for reading decimals and naming them in messages. */
final class Decimals {

    /** Beyond this many digits of exponent, plain notation would be absurdly long. */
    private static final int PLAIN_LIMIT = 40;

    private Decimals() {
    }

    /**
     * Parses a decimal typed by a person or read from a file.
     *
     * @param text the text, already stripped of surrounding spaces
     * @param what the name of the quantity, such as "Weight", for the message
     * @return the number
     * @throws IllegalArgumentException if the text is not a decimal number
     */
    static BigDecimal parse(String text, String what) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text
                    + "' is not a decimal number (expected digits with an optional '.' and"
                    + " decimals, such as 12.345)", e);
        }
    }

    /**
     * Returns a decimal as people write it, for an error message; in scientific notation when
     * the plain form would run to thousands of digits, since rejecting such a value must not
     * cost more than the value itself ({@code 1E+999999999} is a valid BigDecimal).
     *
     * @param value the number
     * @return the number as text
     */
    static String show(BigDecimal value) {
        int exponent = value.precision() - value.scale();
        return Math.abs(value.scale()) > PLAIN_LIMIT || Math.abs(exponent) > PLAIN_LIMIT
                ? value.toString()
                : value.toPlainString();
    }
}
