package dev.goldshop.core.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * An amount of money in one currency, exact to the currency's minor unit.
 *
 * <p>The amount always has the currency's scale, its default number of fraction digits in ISO
 * 4217 as reported by {@link Currency#getDefaultFractionDigits()}: 2 for USD and EUR, 0 for
 * JPY, 3 for KWD and BHD. Currencies without minor units in ISO 4217 (gold {@code XAU}, for
 * example, reported as -1) are treated as scale 0. Because every component of an invoice is
 * rounded to this scale as soon as it is computed (see the pricing rules), holding money at
 * any other scale would only let unrounded amounts leak into totals.
 *
 * <p>A value with more decimals than the currency has is refused by {@link #of(BigDecimal,
 * Currency)}; rounding is always explicit ({@link #of(BigDecimal, Currency, RoundingMode)},
 * {@link #times(BigDecimal, RoundingMode)}, {@link #percent(BigDecimal, RoundingMode)}), since
 * the shop's rounding rule is a company setting and not ours to guess.
 *
 * <p>Money may be negative: refunds, credit notes and balances are. Amounts in different
 * currencies never mix; adding, subtracting or comparing them throws an
 * {@link IllegalArgumentException} naming both.
 *
 * <p>Instances are immutable and thread-safe. Equality is by currency and numeric amount.
 */
public final class Money implements Comparable<Money> {

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal scaledAmount, Currency currency) {
        this.amount = scaledAmount;
        this.currency = currency;
    }

    /**
     * Returns the number of decimals money in a currency carries.
     *
     * @param currency the currency
     * @return its default fraction digits, or 0 when ISO 4217 gives none (such as XAU)
     * @throws NullPointerException if {@code currency} is null
     */
    public static int scaleOf(Currency currency) {
        return Math.max(0, Objects.requireNonNull(currency, "currency").getDefaultFractionDigits());
    }

    /**
     * Returns an amount of money, which must already be exact in the currency's minor unit.
     *
     * @param amount the amount; trailing zeros beyond the currency's scale are harmless
     *     ({@code 12.500} is fine for USD), other extra decimals are not
     * @param currency the currency
     * @return the money, at the currency's scale
     * @throws IllegalArgumentException if the amount has more decimals than the currency; the
     *     message names the value, the currency and its scale
     * @throws NullPointerException if an argument is null
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        int scale = scaleOf(currency);
        if (Decimals.hasMoreDecimalsThan(amount, scale)) {
            throw new IllegalArgumentException("Amount " + Decimals.show(amount) + " "
                    + currency.getCurrencyCode() + " has more decimals than the currency's scale "
                    + scale + "; round it explicitly with Money.of(amount, currency, roundingMode)");
        }
        return new Money(amount.setScale(scale, RoundingMode.UNNECESSARY), currency);
    }

    /**
     * Returns an amount of money rounded to the currency's minor unit.
     *
     * @param amount the amount, any scale
     * @param currency the currency
     * @param rounding how to round to the currency's scale; with
     *     {@link RoundingMode#UNNECESSARY} this behaves as {@link #of(BigDecimal, Currency)}
     * @return the money, at the currency's scale
     * @throws IllegalArgumentException if {@code rounding} is {@link RoundingMode#UNNECESSARY}
     *     and the amount needs rounding
     * @throws NullPointerException if an argument is null
     */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        if (rounding == RoundingMode.UNNECESSARY) {
            return of(amount, currency);
        }
        int scale = scaleOf(currency);
        return new Money(Decimals.forRounding(amount, scale).setScale(scale, rounding), currency);
    }

    /**
     * Parses an amount and an ISO 4217 currency code, such as {@code of("12.50", "USD")}.
     *
     * @param amount the amount in {@link BigDecimal#BigDecimal(String)} syntax, exact in the
     *     currency's minor unit
     * @param currencyCode the three-letter ISO 4217 code; case and surrounding spaces are
     *     ignored
     * @return the money
     * @throws IllegalArgumentException if the amount is not a number, the code is not a known
     *     currency, or the amount has more decimals than the currency
     * @throws NullPointerException if an argument is null
     */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        return of(Decimals.parse(amount.strip(), "Amount"), currency(currencyCode));
    }

    /**
     * Returns zero in a currency.
     *
     * @param currency the currency
     * @return zero at the currency's scale
     * @throws NullPointerException if {@code currency} is null
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.valueOf(0, scaleOf(currency)), currency);
    }

    /**
     * Returns an amount given in the currency's minor unit: {@code ofMinor(1250, USD)} is
     * USD 12.50, {@code ofMinor(1250, JPY)} is JPY 1250.
     *
     * @param minorUnits the amount in cents (or the currency's minor unit); may be negative
     * @param currency the currency
     * @return the money
     * @throws NullPointerException if {@code currency} is null
     */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
    }

    private static Currency currency(String code) {
        Objects.requireNonNull(code, "currencyCode");
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown currency code '" + code
                    + "'; expected a three-letter ISO 4217 code such as USD, EUR, AED or INR", e);
        }
    }

    /**
     * Returns the amount, at the currency's scale.
     *
     * @return the amount
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Returns the currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the number of decimals of the amount, the currency's scale.
     *
     * @return the scale, 0 or more
     */
    public int scale() {
        return amount.scale();
    }

    /**
     * Returns the amount in the currency's minor unit: 1250 for USD 12.50.
     *
     * @return the minor units
     * @throws ArithmeticException if the amount does not fit in a {@code long}
     */
    public long minorUnits() {
        // The amount is always at the currency's scale, so its unscaled value is the minor units.
        return amount.unscaledValue().longValueExact();
    }

    /**
     * Returns the sum of this amount and another in the same currency.
     *
     * @param other the amount to add
     * @return the sum
     * @throws IllegalArgumentException if the currencies differ; the message names both
     */
    public Money plus(Money other) {
        requireSameCurrency(other, "add");
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Returns this amount less another in the same currency; the result may be negative.
     *
     * @param other the amount to subtract
     * @return the difference
     * @throws IllegalArgumentException if the currencies differ; the message names both
     */
    public Money minus(Money other) {
        requireSameCurrency(other, "subtract");
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * Returns the amount with the opposite sign, as a refund of a payment.
     *
     * @return {@code -this}
     */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /**
     * Returns this amount multiplied by a factor and rounded once to the currency's scale, as
     * a rate per gram times a weight in grams, or a unit price times a quantity.
     *
     * @param factor the factor, any sign and scale
     * @param rounding how to round the product to the currency's scale
     * @return the product
     * @throws IllegalArgumentException if {@code rounding} is {@link RoundingMode#UNNECESSARY}
     *     and the product needs rounding
     * @throws NullPointerException if an argument is null
     */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        return of(amount.multiply(factor), currency, rounding);
    }

    /**
     * Returns a percentage of this amount, amount x percent / 100, rounded once to the
     * currency's scale, as a making charge, wastage, profit or tax is computed on an invoice.
     *
     * @param percent the percentage, such as {@code 3} for 3 % or {@code 12.5}
     * @param rounding how to round the result to the currency's scale
     * @return the percentage of this amount
     * @throws IllegalArgumentException if {@code rounding} is {@link RoundingMode#UNNECESSARY}
     *     and the result needs rounding
     * @throws NullPointerException if an argument is null
     */
    public Money percent(BigDecimal percent, RoundingMode rounding) {
        Objects.requireNonNull(percent, "percent");
        // Dividing by 100 is an exact shift of the decimal point, so the only rounding is the
        // final one, as the invoice rules require (rounding twice can be off by a cent).
        return of(amount.multiply(percent).movePointLeft(2), currency, rounding);
    }

    /**
     * Splits this amount into equal parts without losing or creating a minor unit: USD 10.00
     * in three is 3.34, 3.33, 3.33. The parts differ by at most one minor unit and the larger
     * ones come first; they sum exactly to this amount. Useful to spread an invoice discount or
     * a payment over instalments.
     *
     * @param parts the number of parts, at least 1
     * @return the parts, in order, as an unmodifiable list
     * @throws IllegalArgumentException if {@code parts} is less than 1
     */
    public List<Money> allocate(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("Cannot allocate " + this + " into " + parts
                    + " parts; the number of parts must be at least 1");
        }
        return allocate(Collections.nCopies(parts, BigDecimal.ONE));
    }

    /**
     * Splits this amount in proportion to the given ratios without losing or creating a minor
     * unit, by the largest remainder method: each part first gets the whole minor units of its
     * exact share, and the units left over go one each to the parts with the largest
     * remainders (the earlier part on a tie). The parts sum exactly to this amount, each part
     * differs from its exact share by less than one minor unit, and a zero ratio gets zero.
     * Useful to spread an invoice discount over lines by their value.
     *
     * <p>A negative amount is split as its absolute value and every part negated, so that
     * splitting a refund mirrors splitting the sale.
     *
     * @param ratios the ratios, none negative and not all zero; any scale
     * @return one part per ratio, in order, as an unmodifiable list
     * @throws IllegalArgumentException if the list is empty, a ratio is negative, or all are zero
     * @throws NullPointerException if the list or a ratio is null
     */
    public List<Money> allocate(List<BigDecimal> ratios) {
        Objects.requireNonNull(ratios, "ratios");
        if (ratios.isEmpty()) {
            throw new IllegalArgumentException("Cannot allocate " + this
                    + " over no ratios; give at least one");
        }
        // Ratios become integers at a common scale, so the shares are exact fractions over one
        // denominator and remainders compare exactly, without any rounding division.
        int commonScale = 0;
        for (BigDecimal ratio : ratios) {
            Objects.requireNonNull(ratio, "ratio");
            if (ratio.signum() < 0) {
                throw new IllegalArgumentException("Cannot allocate " + this + " by ratios "
                        + ratios + ": ratio " + Decimals.show(ratio)
                        + " is negative; ratios must be 0 or more");
            }
            commonScale = Math.max(commonScale, ratio.stripTrailingZeros().scale());
        }
        int n = ratios.size();
        BigInteger[] weights = new BigInteger[n];
        BigInteger totalWeight = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            weights[i] = ratios.get(i).setScale(commonScale, RoundingMode.UNNECESSARY)
                    .unscaledValue();
            totalWeight = totalWeight.add(weights[i]);
        }
        if (totalWeight.signum() == 0) {
            throw new IllegalArgumentException("Cannot allocate " + this + " by ratios "
                    + ratios + ": all ratios are zero; at least one must be positive");
        }

        BigInteger units = amount.unscaledValue().abs();
        BigInteger[] shares = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger allocated = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = units.multiply(weights[i]).divideAndRemainder(totalWeight);
            shares[i] = qr[0];
            remainders[i] = qr[1];
            allocated = allocated.add(qr[0]);
        }
        // Fewer than n units are left, since each remainder is below the denominator.
        int left = units.subtract(allocated).intValueExact();
        int[] byRemainder = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                        .thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < left; k++) {
            shares[byRemainder[k]] = shares[byRemainder[k]].add(BigInteger.ONE);
        }

        List<Money> parts = new ArrayList<>(n);
        int scale = amount.scale();
        boolean negative = amount.signum() < 0;
        for (BigInteger share : shares) {
            BigInteger signed = negative ? share.negate() : share;
            parts.add(new Money(new BigDecimal(signed, scale), currency));
        }
        return Collections.unmodifiableList(parts);
    }

    /**
     * Tells whether the amount is zero.
     *
     * @return {@code true} for zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Tells whether the amount is below zero.
     *
     * @return {@code true} for a negative amount
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Tells whether the amount is above zero.
     *
     * @return {@code true} for a positive amount
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Returns the sign of the amount.
     *
     * @return -1, 0 or 1 as the amount is negative, zero or positive
     */
    public int signum() {
        return amount.signum();
    }

    /**
     * Returns the larger of this amount and another in the same currency.
     *
     * @param other the amount to compare with
     * @return the larger amount; this one when they are equal
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Returns the smaller of this amount and another in the same currency.
     *
     * @param other the amount to compare with
     * @return the smaller amount; this one when they are equal
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Compares two amounts in the same currency. Amounts in different currencies have no order
     * without an exchange rate, so comparing them is an error rather than an arbitrary answer.
     *
     * @param other the amount to compare with
     * @return negative, zero or positive as this amount is smaller, equal or larger
     * @throws IllegalArgumentException if the currencies differ; the message names both
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other, "compare");
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other, String operation) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot " + operation + " " + this + " and "
                    + other + ": the currencies differ (" + currency.getCurrencyCode() + " and "
                    + other.currency.getCurrencyCode() + "); convert one of them first");
        }
    }

    /**
     * Two amounts of money are equal when they have the same currency and the same amount.
     *
     * @param o the object to compare with
     * @return whether {@code o} is the same amount in the same currency
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Money)) {
            return false;
        }
        Money that = (Money) o;
        // Same currency means same scale, so BigDecimal.equals is equality of value.
        return currency.equals(that.currency) && amount.equals(that.amount);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.hashCode();
    }

    /**
     * Returns the currency code and the amount, such as {@code "USD 12.50"} or
     * {@code "JPY -300"}.
     *
     * @return the money as text
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
