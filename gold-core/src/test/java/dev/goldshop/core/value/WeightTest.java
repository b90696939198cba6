package dev.goldshop.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeightTest {

    @Test
    void gramsAlwaysHaveThreeDecimals() {
        assertThat(Weight.ofGrams("5").grams()).isEqualTo(new BigDecimal("5.000"));
        assertThat(Weight.ofGrams(new BigDecimal("1.2340")).grams()).isEqualTo(new BigDecimal("1.234"));
        assertThat(Weight.ofGrams(new BigDecimal("1E+2")).grams()).isEqualTo(new BigDecimal("100.000"));
        assertThat(Weight.ZERO.grams()).isEqualTo(new BigDecimal("0.000"));
        assertThat(Weight.ofGrams("12.345")).hasToString("12.345 g");
    }

    @Test
    void moreThanThreeDecimalsIsRejectedUnlessRoundedExplicitly() {
        assertThatThrownBy(() -> Weight.ofGrams("1.2345"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.2345")
                .hasMessageContaining("more than 3 decimals");
        assertThat(Weight.ofGrams(new BigDecimal("1.2345"), RoundingMode.HALF_UP).grams())
                .isEqualTo(new BigDecimal("1.235"));
        assertThat(Weight.ofGrams(new BigDecimal("1.2345"), RoundingMode.HALF_EVEN).grams())
                .isEqualTo(new BigDecimal("1.234"));
        assertThatThrownBy(() -> Weight.ofGrams(new BigDecimal("1.2345"), RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.001", "-5"})
    void negativeIsRejectedNamingTheValueAndTheRange(String grams) {
        assertThatThrownBy(() -> Weight.ofGrams(grams))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Weight " + grams + " g is negative")
                .hasMessageContaining("between 0 and 999999999.999 g");
        assertThatThrownBy(() -> Weight.ofMilligrams(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.001");
    }

    @Test
    void largestWeightFitsNumeric12Comma3() {
        assertThat(Weight.ofGrams("999999999.999")).isEqualTo(Weight.MAX);
        assertThat(Weight.MAX.milligrams()).isEqualTo(999_999_999_999L);
        assertThatThrownBy(() -> Weight.ofGrams("1000000000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000000000 g is too large")
                .hasMessageContaining("999999999.999")
                .hasMessageContaining("numeric(12,3)");
        assertThatThrownBy(() -> Weight.ofMilligrams(1_000_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Weight.MAX.plus(Weight.ofMilligrams(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> Weight.ofGrams(new BigDecimal("999999999.9995"), RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999999999.9995");
    }

    @Test
    void milligrams() {
        assertThat(Weight.ofMilligrams(1500)).isEqualTo(Weight.ofGrams("1.5"));
        assertThat(Weight.ofGrams("12.345").milligrams()).isEqualTo(12_345L);
        assertThat(Weight.ofMilligrams(0)).isEqualTo(Weight.ZERO);
    }

    @Test
    void netWeightIsGrossLessStones() {
        Weight gross = Weight.ofGrams("12.480");
        Weight stones = Weight.ofGrams("0.355");
        assertThat(gross.minus(stones)).isEqualTo(Weight.ofGrams("12.125"));
        assertThat(gross.minus(gross).isZero()).isTrue();
        assertThat(stones.plus(Weight.ofGrams("12.125"))).isEqualTo(gross);
    }

    @Test
    void subtractingBelowZeroIsRejectedNamingBothWeights() {
        assertThatThrownBy(() -> Weight.ofGrams("0.355").minus(Weight.ofGrams("12.48")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot subtract 12.480 g from 0.355 g")
                .hasMessageContaining("never below 0 g");
    }

    @Test
    void timesRoundsAsAsked() {
        Weight net = Weight.ofGrams("10.001");
        assertThat(net.times(new BigDecimal("0.025"), RoundingMode.HALF_UP).grams())
                .isEqualTo(new BigDecimal("0.250")); // 0.250025
        assertThat(net.times(new BigDecimal("0.025"), RoundingMode.UP).grams())
                .isEqualTo(new BigDecimal("0.251"));
        assertThat(net.times(BigDecimal.valueOf(3), RoundingMode.UNNECESSARY).grams())
                .isEqualTo(new BigDecimal("30.003"));
        assertThatThrownBy(() -> net.times(new BigDecimal("-1"), RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1")
                .hasMessageContaining("must not be negative");
    }

    @Test
    void equalityIsByValue() {
        assertThat(Weight.ofGrams("5")).isEqualTo(Weight.ofGrams("5.000"))
                .hasSameHashCodeAs(Weight.ofGrams(new BigDecimal("5.0")));
        assertThat(Weight.ofGrams("5")).isNotEqualTo(Weight.ofGrams("5.001"));
        assertThat(Weight.ofGrams("5")).isLessThan(Weight.ofGrams("5.001"));
        assertThat(Weight.ZERO.isZero()).isTrue();
        assertThat(Weight.ofMilligrams(1).isZero()).isFalse();
    }

    @Test
    void textThatIsNotANumberIsRejected() {
        assertThatThrownBy(() -> Weight.ofGrams("12,5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'12,5'")
                .hasMessageContaining("not a decimal number");
        assertThat(Weight.ofGrams(" 12.5 ")).isEqualTo(Weight.ofMilligrams(12_500));
    }
}
