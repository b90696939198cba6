package dev.goldshop.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class MoneyProperties {

    // Scales 0 (JPY, IRR in practice, XAU at -1), 2, 3 and 4 (CLF).
    private static final List<String> CODES =
            List.of("USD", "EUR", "JPY", "KWD", "BHD", "INR", "AED", "IRR", "XAU", "CLF");

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of(CODES).map(Currency::getInstance);
    }

    private static Arbitrary<Money> moneyIn(Currency currency) {
        int scale = Money.scaleOf(currency);
        BigDecimal limit = new BigDecimal("1000000000000");
        return Arbitraries.bigDecimals().between(limit.negate(), limit).ofScale(scale)
                .map(amount -> Money.of(amount, currency));
    }

    @Provide
    Arbitrary<Money> money() {
        return currencies().flatMap(MoneyProperties::moneyIn);
    }

    @Provide
    Arbitrary<Tuple2<Money, Money>> pairs() {
        return currencies().flatMap(c -> Combinators.combine(moneyIn(c), moneyIn(c)).as(Tuple::of));
    }

    @Provide
    Arbitrary<Tuple3<Money, Money, Money>> triples() {
        return currencies().flatMap(c ->
                Combinators.combine(moneyIn(c), moneyIn(c), moneyIn(c)).as(Tuple::of));
    }

    @Provide
    Arbitrary<BigDecimal> anyScaleFactors() {
        return Arbitraries.integers().between(0, 8).flatMap(scale -> Arbitraries.bigDecimals()
                .between(new BigDecimal("-10000"), new BigDecimal("10000")).ofScale(scale));
    }

    @Property
    void plusThenMinusIsIdentity(@ForAll("pairs") Tuple2<Money, Money> pair) {
        Money a = pair.get1();
        Money b = pair.get2();
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.minus(b).plus(b)).isEqualTo(a);
        assertThat(a.minus(a).isZero()).isTrue();
        assertThat(a.plus(a.negate())).isEqualTo(Money.zero(a.currency()));
    }

    @Property
    void plusIsCommutative(@ForAll("pairs") Tuple2<Money, Money> pair) {
        assertThat(pair.get1().plus(pair.get2())).isEqualTo(pair.get2().plus(pair.get1()));
    }

    @Property
    void plusIsAssociative(@ForAll("triples") Tuple3<Money, Money, Money> t) {
        assertThat(t.get1().plus(t.get2()).plus(t.get3()))
                .isEqualTo(t.get1().plus(t.get2().plus(t.get3())));
    }

    @Property
    void minusIsPlusOfTheNegation(@ForAll("pairs") Tuple2<Money, Money> pair) {
        assertThat(pair.get1().minus(pair.get2())).isEqualTo(pair.get1().plus(pair.get2().negate()));
        assertThat(pair.get1().negate().negate()).isEqualTo(pair.get1());
    }

    @Property
    void differentCurrenciesNeverMix(@ForAll("money") Money a, @ForAll("money") Money b) {
        if (a.currency().equals(b.currency())) {
            assertThat(a.plus(b).currency()).isEqualTo(a.currency());
        } else {
            assertThatThrownBy(() -> a.plus(b))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(a.currency().getCurrencyCode())
                    .hasMessageContaining(b.currency().getCurrencyCode());
            assertThat(a).isNotEqualTo(b);
        }
    }

    @Property
    void allocateInEqualPartsSumsToTheOriginalAndPartsDifferByAtMostOneMinorUnit(
            @ForAll("money") Money money, @ForAll @IntRange(min = 1, max = 60) int parts) {
        List<Money> split = money.allocate(parts);

        assertThat(split).hasSize(parts);
        assertThat(split.stream().reduce(Money.zero(money.currency()), Money::plus)).isEqualTo(money);
        long largest = split.stream().mapToLong(Money::minorUnits).max().orElseThrow();
        long smallest = split.stream().mapToLong(Money::minorUnits).min().orElseThrow();
        assertThat(largest - smallest).isBetween(0L, 1L);
        // Larger parts come first (smaller in magnitude last for a negative amount).
        assertThat(split.stream().mapToLong(m -> Math.abs(m.minorUnits())).toArray())
                .isSortedAccordingTo((x, y) -> Long.compare(y, x));
        assertThat(split).allSatisfy(part -> {
            assertThat(part.currency()).isEqualTo(money.currency());
            assertThat(part.signum() * money.signum()).isGreaterThanOrEqualTo(0);
        });
    }

    @Property
    void allocateByRatiosSumsToTheOriginalAndEachPartIsWithinOneMinorUnitOfItsShare(
            @ForAll("money") Money money,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1000) Integer> ratioInts,
            @ForAll @IntRange(min = 0, max = 4) int ratioScale) {
        if (ratioInts.stream().allMatch(r -> r == 0)) {
            assertThatThrownBy(() -> money.allocate(ratioInts.stream()
                    .map(r -> BigDecimal.valueOf(r, ratioScale)).toList()))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        List<BigDecimal> ratios = ratioInts.stream().map(r -> BigDecimal.valueOf(r, ratioScale)).toList();
        BigDecimal total = ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        List<Money> split = money.allocate(ratios);

        assertThat(split).hasSize(ratios.size());
        assertThat(split.stream().reduce(Money.zero(money.currency()), Money::plus)).isEqualTo(money);
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(money.scale());
        for (int i = 0; i < split.size(); i++) {
            BigDecimal exactShare = money.amount().multiply(ratios.get(i))
                    .divide(total, MathContext.DECIMAL128);
            assertThat(split.get(i).amount().subtract(exactShare).abs()).isLessThan(minorUnit);
            if (ratios.get(i).signum() == 0) {
                assertThat(split.get(i).isZero()).isTrue();
            }
            assertThat(split.get(i).scale()).isEqualTo(money.scale());
        }
    }

    @Property
    void timesRoundsExactlyAsBigDecimalSetScale(
            @ForAll("money") Money money, @ForAll("anyScaleFactors") BigDecimal factor,
            @ForAll RoundingMode rounding) {
        BigDecimal exact = money.amount().multiply(factor);
        BigDecimal expected;
        try {
            expected = exact.setScale(money.scale(), rounding);
        } catch (ArithmeticException needsRounding) {
            assertThatThrownBy(() -> money.times(factor, rounding))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        Money product = money.times(factor, rounding);
        assertThat(product.amount()).isEqualTo(expected);
        assertThat(product.currency()).isEqualTo(money.currency());
    }

    @Property
    void percentIsRoundedOnceFromTheExactValue(
            @ForAll("money") Money money, @ForAll("anyScaleFactors") BigDecimal percent,
            @ForAll RoundingMode rounding) {
        BigDecimal exact = money.amount().multiply(percent)
                .divide(BigDecimal.valueOf(100), MathContext.UNLIMITED);
        BigDecimal expected;
        try {
            expected = exact.setScale(money.scale(), rounding);
        } catch (ArithmeticException needsRounding) {
            assertThatThrownBy(() -> money.percent(percent, rounding))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        assertThat(money.percent(percent, rounding).amount()).isEqualTo(expected);
    }

    @Property
    void scaleIsAlwaysTheCurrencys(@ForAll("pairs") Tuple2<Money, Money> pair,
            @ForAll("anyScaleFactors") BigDecimal factor, @ForAll @IntRange(min = 1, max = 9) int parts) {
        Money a = pair.get1();
        int scale = Math.max(0, a.currency().getDefaultFractionDigits());
        assertThat(a.amount().scale()).isEqualTo(scale);
        assertThat(a.plus(pair.get2()).amount().scale()).isEqualTo(scale);
        assertThat(a.minus(pair.get2()).amount().scale()).isEqualTo(scale);
        assertThat(a.negate().amount().scale()).isEqualTo(scale);
        assertThat(a.times(factor, RoundingMode.HALF_UP).amount().scale()).isEqualTo(scale);
        assertThat(a.percent(factor, RoundingMode.HALF_EVEN).amount().scale()).isEqualTo(scale);
        assertThat(a.allocate(parts)).allSatisfy(p -> assertThat(p.amount().scale()).isEqualTo(scale));
        assertThat(Money.of(a.amount().setScale(scale + 3), a.currency())).isEqualTo(a);
    }

    @Property
    void minorUnitsRoundTrip(@ForAll long minor, @ForAll("currencies") Currency currency) {
        Money money = Money.ofMinor(minor, currency);
        assertThat(money.minorUnits()).isEqualTo(minor);
        assertThat(money.amount().unscaledValue()).isEqualTo(BigInteger.valueOf(minor));
        assertThat(Money.of(money.amount().toPlainString(), currency.getCurrencyCode())).isEqualTo(money);
    }

    @Property
    void tooManyDecimalsAreAlwaysRejected(@ForAll("money") Money money,
            @ForAll @IntRange(min = 1, max = 9) int extraDigit) {
        BigDecimal tooFine = money.amount().add(BigDecimal.valueOf(extraDigit, money.scale() + 1));
        assertThatThrownBy(() -> Money.of(tooFine, money.currency()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(tooFine.toPlainString())
                .hasMessageContaining(money.currency().getCurrencyCode())
                .hasMessageContaining("scale " + money.scale());
    }

    @Property
    void orderAgreesWithTheAmountsAndWithEquality(@ForAll("pairs") Tuple2<Money, Money> pair) {
        Money a = pair.get1();
        Money b = pair.get2();
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.amount().compareTo(b.amount()));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
        assertThat(a.max(b).amount()).isEqualTo(a.amount().max(b.amount()));
        assertThat(a.min(b).amount()).isEqualTo(a.amount().min(b.amount()));
        assertThat(a.signum()).isEqualTo(a.amount().signum());
        assertThat(a.isNegative() || a.isZero() || a.isPositive()).isTrue();
    }

    @Property
    void roundingAnyValueMatchesBigDecimalSetScale(
            @ForAll("currencies") Currency currency,
            @ForAll @IntRange(min = -1_000_000, max = 1_000_000) int unscaled,
            @ForAll @IntRange(min = -3, max = 40) int valueScale,
            @ForAll RoundingMode rounding) {
        BigDecimal value = BigDecimal.valueOf(unscaled, valueScale);
        int scale = Money.scaleOf(currency);
        BigDecimal expected;
        try {
            expected = value.setScale(scale, rounding);
        } catch (ArithmeticException needsRounding) {
            assertThatThrownBy(() -> Money.of(value, currency, rounding))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        assertThat(Money.of(value, currency, rounding).amount()).isEqualTo(expected);
    }
}
