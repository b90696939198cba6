package dev.goldshop.core.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The purity of a precious metal alloy as its fineness: parts of pure metal per thousand
 * (per mille, ‰). 22 karat gold is {@code 916}, sterling silver {@code 925}, platinum
 * jewellery usually {@code 950}, investment gold {@code 999.9}.
 *
 * <p>Fineness is kept to at most two decimals, which is finer than any assay office stamps, and
 * must be greater than 0 and at most 1000. The value is normalised ({@code 916.0} is held as
 * {@code 916}), so that equal purities have one representation and {@link #equals(Object)} is
 * by numeric value.
 *
 * <h2>Karat</h2>
 * Karats are 24ths, but the trade does not convert them by the plain ratio: a karat stamp is a
 * promise of a minimum, and the fineness the trade associates with it is the standard
 * hallmark, which for some karats is rounded up or capped. {@link #ofKarat(int)} therefore
 * follows the standard marks:
 *
 * <table>
 *   <caption>Karats and their standard fineness</caption>
 *   <tr><th>Karat</th><th>Fineness</th><th>Plain ratio</th></tr>
 *   <tr><td>24</td><td>999</td><td>1000 (no refinery reaches it)</td></tr>
 *   <tr><td>22</td><td>916</td><td>916.67</td></tr>
 *   <tr><td>21</td><td>875</td><td>875</td></tr>
 *   <tr><td>20</td><td>833</td><td>833.33</td></tr>
 *   <tr><td>18</td><td>750</td><td>750</td></tr>
 *   <tr><td>14</td><td>585</td><td>583.33</td></tr>
 *   <tr><td>10</td><td>417</td><td>416.67</td></tr>
 *   <tr><td>9</td><td>375</td><td>375</td></tr>
 *   <tr><td>8</td><td>333</td><td>333.33</td></tr>
 * </table>
 *
 * <p>Any other karat {@code k} maps to {@code floor(k * 1000 / 24)} per mille. The other way,
 * {@link #toKarat()} gives the nearest whole karat, so that 916 and 999.9 read as 22K and 24K.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Purity implements Comparable<Purity> {

    /** The largest number of decimals of fineness kept. */
    public static final int MAX_SCALE = 2;

    /** Pure metal, 1000 ‰; a theoretical bound that no real alloy reaches. */
    public static final BigDecimal MAX_FINENESS = BigDecimal.valueOf(1000);

    private static final BigDecimal THOUSAND = MAX_FINENESS;
    private static final BigDecimal TWENTY_FOUR = BigDecimal.valueOf(24);

    /** Standard fineness per karat, index = karat; 0 where the plain ratio applies. */
    private static final int[] TRADE_FINENESS = new int[25];

    static {
        TRADE_FINENESS[24] = 999;
        TRADE_FINENESS[22] = 916;
        TRADE_FINENESS[21] = 875;
        TRADE_FINENESS[20] = 833;
        TRADE_FINENESS[18] = 750;
        TRADE_FINENESS[14] = 585;
        TRADE_FINENESS[10] = 417;
        TRADE_FINENESS[9] = 375;
        TRADE_FINENESS[8] = 333;
    }

    private final BigDecimal fineness;

    private Purity(BigDecimal normalisedFineness) {
        this.fineness = normalisedFineness;
    }

    /**
     * Returns the purity of the given fineness.
     *
     * @param fineness parts per thousand, greater than 0 and at most 1000, with at most two
     *     significant decimals ({@code 916.50} is accepted as {@code 916.5})
     * @return the purity
     * @throws IllegalArgumentException if the value is out of range or has more than two
     *     decimals; the message names the value and the accepted range
     * @throws NullPointerException if {@code fineness} is null
     */
    public static Purity ofFineness(BigDecimal fineness) {
        Objects.requireNonNull(fineness, "fineness");
        if (fineness.signum() <= 0 || fineness.compareTo(MAX_FINENESS) > 0) {
            throw new IllegalArgumentException("Fineness " + Decimals.show(fineness)
                    + " is out of range; fineness is parts per thousand, greater than 0 and at"
                    + " most 1000 (22K is 916, 18K is 750)");
        }
        BigDecimal normalised = fineness.stripTrailingZeros();
        if (normalised.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("Fineness " + Decimals.show(fineness)
                    + " has more than " + MAX_SCALE + " decimals; fineness is kept to at most "
                    + MAX_SCALE + " decimals per mille, such as 999.99");
        }
        if (normalised.scale() < 0) {
            // stripTrailingZeros turns 1000 into 1E+3; keep a plain integer representation.
            normalised = normalised.setScale(0, RoundingMode.UNNECESSARY);
        }
        return new Purity(normalised);
    }

    /**
     * Parses a fineness written as a plain decimal number, such as {@code "916"} or
     * {@code "999.9"}.
     *
     * @param fineness parts per thousand in {@link BigDecimal#BigDecimal(String)} syntax
     * @return the purity
     * @throws IllegalArgumentException if the text is not a number or the number is not a valid
     *     fineness (see {@link #ofFineness(BigDecimal)})
     * @throws NullPointerException if {@code fineness} is null
     */
    public static Purity ofFineness(String fineness) {
        Objects.requireNonNull(fineness, "fineness");
        return ofFineness(Decimals.parse(fineness.strip(), "Fineness"));
    }

    /**
     * Returns the purity of a whole fineness, such as {@code 916}.
     *
     * @param fineness parts per thousand, 1 to 1000
     * @return the purity
     * @throws IllegalArgumentException if the value is out of range
     */
    public static Purity ofFineness(int fineness) {
        return ofFineness(BigDecimal.valueOf(fineness));
    }

    /**
     * Returns the standard fineness the trade uses for a karat (see the table above): 22K is
     * 916, 24K is 999, 14K is 585.
     *
     * @param karat the karat, 1 to 24
     * @return the purity
     * @throws IllegalArgumentException if the karat is not between 1 and 24
     */
    public static Purity ofKarat(int karat) {
        if (karat < 1 || karat > 24) {
            throw new IllegalArgumentException("Karat " + karat
                    + " is out of range; a karat is a number of 24ths, from 1 to 24");
        }
        int standard = TRADE_FINENESS[karat];
        // Integer division is the floor here, since karat is positive.
        return ofFineness(standard != 0 ? standard : karat * 1000 / 24);
    }

    /**
     * Returns the fineness in parts per thousand, normalised: no trailing zeros, at most two
     * decimals and never in exponent form.
     *
     * @return the fineness, such as {@code 916} or {@code 999.9}
     */
    public BigDecimal fineness() {
        return fineness;
    }

    /**
     * Returns the share of pure metal as an exact fraction: {@code 0.916} for 916 ‰.
     *
     * @return fineness / 1000, exact
     */
    public BigDecimal fraction() {
        return fineness.movePointLeft(3);
    }

    /**
     * Returns the nearest whole karat: fineness x 24 / 1000 rounded half up, and at least 1
     * and at most 24. This is the karat the trade calls the alloy: 916 reads 22K, 750 reads 18K,
     * 999.9 reads 24K.
     *
     * @return the karat, 1 to 24
     */
    public int toKarat() {
        int karat = fineness.multiply(TWENTY_FOUR).divide(THOUSAND, 0, RoundingMode.HALF_UP)
                .intValueExact();
        // A very low fineness would round to 0K, which is no karat at all.
        return Math.max(1, Math.min(24, karat));
    }

    /**
     * Returns the karat by the plain ratio, fineness x 24 / 1000, rounded half up to two
     * decimals: 21.98 for 916, 14.04 for 585. Useful to show how close an alloy is to its
     * nominal karat.
     *
     * @return the karat with two decimals
     */
    public BigDecimal toKaratExact() {
        return fineness.multiply(TWENTY_FOUR).divide(THOUSAND, 2, RoundingMode.HALF_UP);
    }

    /**
     * Returns the fine (pure) weight of metal in a net weight of this purity:
     * net x fineness / 1000, rounded half up to the milligram.
     *
     * @param net the net weight of the alloy (gross weight less stones)
     * @return the fine weight, never more than {@code net}
     * @throws NullPointerException if {@code net} is null
     */
    public Weight fineWeight(Weight net) {
        Objects.requireNonNull(net, "net");
        return Weight.ofGrams(net.grams().multiply(fraction()), RoundingMode.HALF_UP);
    }

    /**
     * Compares two purities by fineness.
     *
     * @param other the purity to compare with
     * @return negative, zero or positive as this purity is lower, equal or higher
     */
    @Override
    public int compareTo(Purity other) {
        return fineness.compareTo(other.fineness);
    }

    /**
     * Two purities are equal when their fineness is numerically equal: 916 equals 916.0.
     *
     * @param o the object to compare with
     * @return whether {@code o} is a purity of the same fineness
     */
    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof Purity && fineness.compareTo(((Purity) o).fineness) == 0);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        // The value is normalised, so numerically equal purities hash alike.
        return fineness.hashCode();
    }

    /**
     * Returns the fineness with the per mille sign, such as {@code "916‰"}.
     *
     * @return the fineness as text
     */
    @Override
    public String toString() {
        return fineness.toPlainString() + "\u2030";
    }
}
