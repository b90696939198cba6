package dev.goldshop.core.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A mass in grams, exact to the milligram.
 *
 * <p>The trade weighs gold in grams with three decimals (gross, stone, net and fine weight), so a
 * {@code Weight} always has scale 3: {@code 5} is held as {@code 5.000}. A value that needs more
 * than three decimals is refused rather than silently rounded, because a lost fraction of a
 * milligram on a scale reading is a lost fraction of gold; callers that really mean to round
 * (a computed weight, for example) say how with {@link #ofGrams(BigDecimal, RoundingMode)} or
 * {@link #times(BigDecimal, RoundingMode)}.
 *
 * <p>A weight is never negative: there is no such thing as a negative piece of metal, and a
 * subtraction that would go below zero is almost always a stone weight larger than the gross
 * weight, which is a data-entry error the caller must hear about. The largest weight is
 * {@link #MAX} (999,999,999.999 g), the largest value a database column {@code numeric(12,3)}
 * can hold, so that every {@code Weight} can be stored.
 *
 * <p>Instances are immutable and thread-safe. Equality is by value: {@code 5 g} equals
 * {@code 5.000 g}.
 */
public final class Weight implements Comparable<Weight> {

    /** The number of decimals of grams a weight carries: one milligram. */
    public static final int SCALE = 3;

    /** No weight at all, {@code 0.000 g}. */
    public static final Weight ZERO = new Weight(BigDecimal.ZERO.setScale(SCALE));

    /** The largest weight, {@code 999999999.999 g}, as much as {@code numeric(12,3)} can hold. */
    public static final Weight MAX = new Weight(new BigDecimal("999999999.999"));

    private static final BigDecimal ONE_BILLION = BigDecimal.valueOf(1_000_000_000);

    private final BigDecimal grams;

    private Weight(BigDecimal grams) {
        this.grams = grams;
    }

    /**
     * Returns the weight of the given number of grams.
     *
     * @param grams the grams, with at most three significant decimals (trailing zeros beyond the
     *     third decimal are harmless), between 0 and 999,999,999.999 inclusive
     * @return the weight, at scale 3
     * @throws IllegalArgumentException if the value is negative, too large, or finer than a
     *     milligram; the message names the value and the accepted range
     * @throws NullPointerException if {@code grams} is null
     */
    public static Weight ofGrams(BigDecimal grams) {
        Objects.requireNonNull(grams, "grams");
        if (grams.signum() < 0 || grams.compareTo(MAX.grams) > 0) {
            // Refused before scaling, which for a value such as 1E+999999999 would not end.
            return checked(grams, grams);
        }
        if (Decimals.hasMoreDecimalsThan(grams, SCALE)) {
            throw new IllegalArgumentException("Weight " + Decimals.show(grams)
                    + " g has more than " + SCALE + " decimals; weights are kept to the milligram."
                    + " Round it explicitly with Weight.ofGrams(value, roundingMode)");
        }
        return checked(grams.setScale(SCALE, RoundingMode.UNNECESSARY), grams);
    }

    /**
     * Returns the weight of the given number of grams, rounding it to the milligram.
     *
     * @param grams the grams, any scale
     * @param rounding how to round to three decimals
     * @return the rounded weight, at scale 3
     * @throws IllegalArgumentException if the rounded value is negative or too large, or if
     *     {@code rounding} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     * @throws NullPointerException if an argument is null
     */
    public static Weight ofGrams(BigDecimal grams, RoundingMode rounding) {
        Objects.requireNonNull(grams, "grams");
        Objects.requireNonNull(rounding, "rounding");
        if (rounding == RoundingMode.UNNECESSARY) {
            return ofGrams(grams);
        }
        if (grams.abs().compareTo(ONE_BILLION) >= 0) {
            // Out of range whichever way it rounds; refused before scaling a huge exponent.
            return checked(grams, grams);
        }
        return checked(Decimals.forRounding(grams, SCALE).setScale(SCALE, rounding), grams);
    }

    /**
     * Parses a weight in grams written as a plain decimal number, such as {@code "12.345"}.
     *
     * @param grams the grams in {@link BigDecimal#BigDecimal(String)} syntax
     * @return the weight, at scale 3
     * @throws IllegalArgumentException if the text is not a number, or if the number is not a
     *     valid weight (see {@link #ofGrams(BigDecimal)})
     * @throws NullPointerException if {@code grams} is null
     */
    public static Weight ofGrams(String grams) {
        Objects.requireNonNull(grams, "grams");
        return ofGrams(Decimals.parse(grams.strip(), "Weight"));
    }

    /**
     * Returns the weight of the given number of milligrams.
     *
     * @param milligrams the milligrams, between 0 and 999,999,999,999 inclusive
     * @return the weight, at scale 3
     * @throws IllegalArgumentException if the value is negative or too large
     */
    public static Weight ofMilligrams(long milligrams) {
        BigDecimal grams = BigDecimal.valueOf(milligrams, SCALE);
        return checked(grams, grams);
    }

    private static Weight checked(BigDecimal scaled, BigDecimal original) {
        if (scaled.signum() < 0) {
            throw new IllegalArgumentException("Weight " + Decimals.show(original)
                    + " g is negative; a weight must be between 0 and " + MAX.grams.toPlainString()
                    + " g");
        }
        if (scaled.compareTo(MAX.grams) > 0) {
            throw new IllegalArgumentException("Weight " + Decimals.show(original)
                    + " g is too large; a weight must be between 0 and "
                    + MAX.grams.toPlainString() + " g (numeric(12,3))");
        }
        return new Weight(scaled);
    }

    /**
     * Returns the weight in grams.
     *
     * @return the grams, always at scale 3
     */
    public BigDecimal grams() {
        return grams;
    }

    /**
     * Returns the weight in whole milligrams; exact, since a weight has three decimals.
     *
     * @return the milligrams
     */
    public long milligrams() {
        return grams.unscaledValue().longValueExact();
    }

    /**
     * Returns the sum of this weight and another.
     *
     * @param other the weight to add
     * @return the sum
     * @throws IllegalArgumentException if the sum exceeds {@link #MAX}
     */
    public Weight plus(Weight other) {
        Objects.requireNonNull(other, "other");
        BigDecimal sum = grams.add(other.grams);
        return checked(sum, sum);
    }

    /**
     * Returns this weight less another, as in net weight = gross weight - stone weight.
     *
     * @param other the weight to take away
     * @return the difference
     * @throws IllegalArgumentException if {@code other} is heavier than this weight, since a
     *     weight cannot go below zero; the message names both weights
     */
    public Weight minus(Weight other) {
        Objects.requireNonNull(other, "other");
        if (other.grams.compareTo(grams) > 0) {
            throw new IllegalArgumentException("Cannot subtract " + other + " from " + this
                    + ": the result would be negative, and a weight is never below 0 g"
                    + " (is a stone weight larger than the gross weight?)");
        }
        return new Weight(grams.subtract(other.grams));
    }

    /**
     * Returns this weight multiplied by a factor and rounded to the milligram, for example a
     * wastage allowance of 2.5 % ({@code times(new BigDecimal("0.025"), HALF_UP)}) or a quantity.
     *
     * @param factor the factor, not negative
     * @param rounding how to round the product to three decimals
     * @return the product
     * @throws IllegalArgumentException if the factor is negative, if the product exceeds
     *     {@link #MAX}, or if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the product
     *     needs rounding
     */
    public Weight times(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rounding, "rounding");
        if (factor.signum() < 0) {
            throw new IllegalArgumentException("Cannot multiply " + this + " by "
                    + Decimals.show(factor) + ": the factor must not be negative, since a"
                    + " weight is never below 0 g");
        }
        return ofGrams(grams.multiply(factor), rounding);
    }

    /**
     * Tells whether this weight is zero.
     *
     * @return {@code true} for {@code 0.000 g}
     */
    public boolean isZero() {
        return grams.signum() == 0;
    }

    /**
     * Compares two weights by their mass.
     *
     * @param other the weight to compare with
     * @return negative, zero or positive as this weight is lighter, equal or heavier
     */
    @Override
    public int compareTo(Weight other) {
        return grams.compareTo(other.grams);
    }

    /**
     * Two weights are equal when they have the same number of milligrams.
     *
     * @param o the object to compare with
     * @return whether {@code o} is a weight of the same mass
     */
    @Override
    public boolean equals(Object o) {
        // Both sides are at scale 3, so BigDecimal.equals is equality of value.
        return this == o || (o instanceof Weight && grams.equals(((Weight) o).grams));
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return grams.hashCode();
    }

    /**
     * Returns the weight as the trade writes it, such as {@code "12.345 g"}.
     *
     * @return the grams with three decimals and the unit
     */
    @Override
    public String toString() {
        return grams.toPlainString() + " g";
    }
}
