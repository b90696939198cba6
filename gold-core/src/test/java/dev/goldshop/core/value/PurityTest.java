package dev.goldshop.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PurityTest {

    @ParameterizedTest(name = "{0}K is {1}")
    @CsvSource({
        "24, 999", "22, 916", "21, 875", "20, 833", "18, 750",
        "14, 585", "10, 417", "9, 375", "8, 333",
        // not in the trade table: floor(k * 1000 / 24)
        "23, 958", "19, 791", "16, 666", "12, 500", "13, 541", "1, 41", "2, 83"
    })
    void karatGivesTheTradeFineness(int karat, String fineness) {
        assertThat(Purity.ofKarat(karat).fineness()).isEqualByComparingTo(fineness);
    }

    @ParameterizedTest(name = "{0} reads {1}K")
    @CsvSource({
        "999.9, 24", "999, 24", "1000, 24", "916, 22", "875, 21", "833, 20", "750, 18",
        "585, 14", "583, 14", "417, 10", "375, 9", "333, 8", "925, 22", "0.01, 1", "20.83, 1"
    })
    void finenessReadsAsTheNearestKarat(String fineness, int karat) {
        assertThat(Purity.ofFineness(fineness).toKarat()).isEqualTo(karat);
    }

    @Test
    void karatRoundsHalfUp() {
        // 937.5 x 24 / 1000 = 22.5 exactly
        assertThat(Purity.ofFineness("937.5").toKarat()).isEqualTo(23);
        assertThat(Purity.ofFineness("937.49").toKarat()).isEqualTo(22);
    }

    @Test
    void exactKaratHasTwoDecimals() {
        assertThat(Purity.ofFineness(916).toKaratExact()).isEqualTo(new BigDecimal("21.98"));
        assertThat(Purity.ofFineness(585).toKaratExact()).isEqualTo(new BigDecimal("14.04"));
        assertThat(Purity.ofFineness(750).toKaratExact()).isEqualTo(new BigDecimal("18.00"));
        // 999.9 x 0.024 = 23.9976
        assertThat(Purity.ofFineness("999.9").toKaratExact()).isEqualTo(new BigDecimal("24.00"));
    }

    @Test
    void fractionIsExact() {
        assertThat(Purity.ofFineness(916).fraction()).isEqualTo(new BigDecimal("0.916"));
        assertThat(Purity.ofFineness("999.99").fraction()).isEqualTo(new BigDecimal("0.99999"));
    }

    @Test
    void fineWeightIsNetTimesFinenessRoundedHalfUpToTheMilligram() {
        assertThat(Purity.ofKarat(22).fineWeight(Weight.ofGrams("10"))).isEqualTo(Weight.ofGrams("9.16"));
        // 1.001 x 0.916 = 0.916916
        assertThat(Purity.ofFineness(916).fineWeight(Weight.ofGrams("1.001")).grams())
                .isEqualTo(new BigDecimal("0.917"));
        // 0.125 x 0.5 = 0.0625: half up gives 0.063 where half even would give 0.062
        assertThat(Purity.ofFineness(500).fineWeight(Weight.ofGrams("0.125")).grams())
                .isEqualTo(new BigDecimal("0.063"));
        assertThat(Purity.ofFineness(750).fineWeight(Weight.ZERO)).isEqualTo(Weight.ZERO);
    }

    @Test
    void equalityIsByNumericValue() {
        Purity a = Purity.ofFineness(916);
        Purity b = Purity.ofFineness(new BigDecimal("916.00"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.fineness()).isEqualTo(b.fineness());
        assertThat(Purity.ofFineness("999.90")).isEqualTo(Purity.ofFineness("999.9"));
        assertThat(Purity.ofFineness(999)).isNotEqualTo(Purity.ofFineness("999.9"));
        assertThat(Purity.ofKarat(22)).isEqualTo(Purity.ofFineness("916"));
    }

    @Test
    void finenessIsNormalisedAndPlain() {
        assertThat(Purity.ofFineness(new BigDecimal("1E+3")).fineness().toString()).isEqualTo("1000");
        assertThat(Purity.ofFineness("1000.00").fineness().toString()).isEqualTo("1000");
        assertThat(Purity.ofFineness("999.90").fineness().toString()).isEqualTo("999.9");
        assertThat(Purity.ofFineness("916").toString()).isEqualTo("916\u2030");
    }

    @Test
    void comparesByFineness() {
        assertThat(Purity.ofFineness(750)).isLessThan(Purity.ofFineness(916));
        assertThat(Purity.ofFineness("999.9")).isGreaterThan(Purity.ofFineness(999));
        assertThat(Purity.ofFineness("916.0").compareTo(Purity.ofFineness(916))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-916", "1000.01", "1001", "0.00"})
    void finenessOutOfRangeIsRejectedNamingTheValueAndTheRange(String value) {
        assertThatThrownBy(() -> Purity.ofFineness(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Fineness " + value + " ")
                .hasMessageContaining("greater than 0 and at most 1000");
    }

    @Test
    void finenessWithMoreThanTwoDecimalsIsRejected() {
        assertThatThrownBy(() -> Purity.ofFineness("916.123"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("916.123")
                .hasMessageContaining("at most 2 decimals");
        assertThat(Purity.ofFineness("916.120").fineness()).isEqualTo(new BigDecimal("916.12"));
    }

    @Test
    void finenessThatIsNotANumberIsRejected() {
        assertThatThrownBy(() -> Purity.ofFineness("22K"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'22K'")
                .hasMessageContaining("not a decimal number");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 25, 916})
    void karatOutOfRangeIsRejectedNamingTheValueAndTheRange(int karat) {
        assertThatThrownBy(() -> Purity.ofKarat(karat))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Karat " + karat + " ")
                .hasMessageContaining("from 1 to 24");
    }
}
