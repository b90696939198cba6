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

    /**
     * Returns a number that rounds to {@code scale} decimals exactly as {@code value} does under
     * every rounding mode, but cheaply. A value smaller in magnitude than a tenth of the last
     * place (such as {@code 1E-999999999}) is replaced by one hundredth of the last place with
     * the same sign: any two such values round alike, and {@link BigDecimal#setScale(int,
     * java.math.RoundingMode)} on the original would compute a power of ten with a billion digits.
     *
     * @param value the number to be rounded
     * @param scale the number of decimals it will be rounded to
     * @return {@code value}, or a stand-in that rounds the same way
     */
    static BigDecimal forRounding(BigDecimal value, int scale) {
        int leadingExponent = value.precision() - value.scale() - 1;
        if (value.signum() != 0 && leadingExponent <= -(scale + 2)) {
            return BigDecimal.valueOf(value.signum(), scale + 2);
        }
        return value;
    }

    /**
     * Tells whether a number has significant digits beyond {@code scale} decimals, without
     * scaling it (which can be very slow for an extreme exponent).
     *
     * @param value the number
     * @param scale the number of decimals allowed
     * @return whether rounding to {@code scale} decimals would change it
     */
    static boolean hasMoreDecimalsThan(BigDecimal value, int scale) {
        return value.signum() != 0 && value.stripTrailingZeros().scale() > scale;
    }
}
