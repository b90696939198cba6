package dev.goldshop.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class WeightProperties {

    private static final long MAX_MG = 999_999_999_999L;

    @Provide
    Arbitrary<Weight> weights() {
        // Biased towards small, shop-sized pieces, but reaching the largest storable weight.
        return Arbitraries.longs().between(0, MAX_MG)
                .withDistribution(RandomDistribution.biased())
                .map(Weight::ofMilligrams);
    }

    @Property
    void milligramsRoundTrip(@ForAll @LongRange(min = 0, max = MAX_MG) long mg) {
        Weight weight = Weight.ofMilligrams(mg);
        assertThat(weight.milligrams()).isEqualTo(mg);
        assertThat(weight.grams().scale()).isEqualTo(3);
        assertThat(Weight.ofGrams(weight.grams())).isEqualTo(weight);
        assertThat(Weight.ofGrams(weight.grams().toPlainString())).isEqualTo(weight);
        assertThat(Weight.ofGrams(weight.grams().stripTrailingZeros())).isEqualTo(weight);
    }

    @Property
    void plusThenMinusIsIdentity(@ForAll("weights") Weight a, @ForAll("weights") Weight b) {
        if (a.milligrams() + b.milligrams() > MAX_MG) {
            assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        Weight sum = a.plus(b);
        assertThat(sum.minus(b)).isEqualTo(a);
        assertThat(sum.minus(a)).isEqualTo(b);
        assertThat(sum).isEqualTo(b.plus(a));
        assertThat(sum.milligrams()).isEqualTo(a.milligrams() + b.milligrams());
    }

    @Property
    void minusIsNeverNegative(@ForAll("weights") Weight a, @ForAll("weights") Weight b) {
        if (b.compareTo(a) > 0) {
            assertThatThrownBy(() -> a.minus(b))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(a.toString())
                    .hasMessageContaining(b.toString());
        } else {
            Weight difference = a.minus(b);
            assertThat(difference.grams().signum()).isGreaterThanOrEqualTo(0);
            assertThat(difference.plus(b)).isEqualTo(a);
        }
    }

    @Property
    void noNegativeWeightCanBeMade(@ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long mg) {
        assertThatThrownBy(() -> Weight.ofMilligrams(mg)).isInstanceOf(IllegalArgumentException.class);
        BigDecimal grams = BigDecimal.valueOf(mg, 3);
        assertThatThrownBy(() -> Weight.ofGrams(grams)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Weight.ofGrams(grams, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void timesRoundsAsBigDecimalSetScaleAndStaysNonNegative(
            @ForAll("weights") Weight weight,
            @ForAll @IntRange(min = 0, max = 100_000) int factorUnscaled,
            @ForAll @IntRange(min = 0, max = 6) int factorScale,
            @ForAll RoundingMode rounding) {
        BigDecimal factor = BigDecimal.valueOf(factorUnscaled, factorScale);
        BigDecimal expected;
        try {
            expected = weight.grams().multiply(factor).setScale(3, rounding);
        } catch (ArithmeticException needsRounding) {
            assertThatThrownBy(() -> weight.times(factor, rounding))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        if (expected.compareTo(Weight.MAX.grams()) > 0) {
            assertThatThrownBy(() -> weight.times(factor, rounding))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        Weight product = weight.times(factor, rounding);
        assertThat(product.grams()).isEqualTo(expected);
        assertThat(product.grams().signum()).isGreaterThanOrEqualTo(0);
    }

    @Property
    void moreThanThreeDecimalsIsRejected(@ForAll("weights") Weight weight,
            @ForAll @IntRange(min = 1, max = 9) int extraDigit) {
        BigDecimal tooFine = weight.grams().add(BigDecimal.valueOf(extraDigit, 4));
        if (tooFine.compareTo(Weight.MAX.grams()) > 0) {
            return;
        }
        assertThatThrownBy(() -> Weight.ofGrams(tooFine))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(tooFine.toPlainString());
    }

    @Property
    void orderAndEqualityFollowTheMilligrams(@ForAll("weights") Weight a, @ForAll("weights") Weight b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.compare(a.milligrams(), b.milligrams()));
        assertThat(a.equals(b)).isEqualTo(a.milligrams() == b.milligrams());
        assertThat(a.isZero()).isEqualTo(a.milligrams() == 0);
    }

    @Property
    void roundingAnyValueMatchesBigDecimalSetScale(
            // At most 999,999,000 g (scale -3), within the largest weight.
            @ForAll @IntRange(min = 0, max = 999_999) int unscaled,
            @ForAll @IntRange(min = -3, max = 40) int valueScale,
            @ForAll RoundingMode rounding) {
        BigDecimal value = BigDecimal.valueOf(unscaled, valueScale);
        BigDecimal expected;
        try {
            expected = value.setScale(3, rounding);
        } catch (ArithmeticException needsRounding) {
            assertThatThrownBy(() -> Weight.ofGrams(value, rounding))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        assertThat(Weight.ofGrams(value, rounding).grams()).isEqualTo(expected);
    }
}
