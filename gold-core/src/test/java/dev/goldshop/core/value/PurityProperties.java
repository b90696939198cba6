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
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PurityProperties {

    /** The fineness one karat spans, 1000 / 24. */
    private static final BigDecimal ONE_KARAT = new BigDecimal("41.666666666666666667");

    @Provide
    Arbitrary<Purity> purities() {
        // Every valid fineness: 0.01 to 1000.00 in steps of 0.01.
        return Arbitraries.integers().between(1, 100_000)
                .map(hundredths -> Purity.ofFineness(BigDecimal.valueOf(hundredths, 2)));
    }

    @Property
    void karatToFinenessToKaratIsIdentity(@ForAll @IntRange(min = 1, max = 24) int karat) {
        Purity purity = Purity.ofKarat(karat);
        assertThat(purity.toKarat()).isEqualTo(karat);
        assertThat(Purity.ofFineness(purity.fineness())).isEqualTo(purity);
        assertThat(purity.fineness().scale()).isZero();
        // The trade's fineness is never above the plain ratio by a whole per mille or more,
        // and only 24K is capped below it.
        BigDecimal plain = BigDecimal.valueOf(karat * 1000L).divide(BigDecimal.valueOf(24), 6, RoundingMode.HALF_UP);
        assertThat(purity.fineness().subtract(plain).abs()).isLessThanOrEqualTo(BigDecimal.valueOf(2));
    }

    @Property
    void finenessToKaratToFinenessStaysWithinOneKaratsWidth(@ForAll("purities") Purity purity) {
        int karat = purity.toKarat();
        assertThat(karat).isBetween(1, 24);
        BigDecimal back = Purity.ofKarat(karat).fineness();
        assertThat(back.subtract(purity.fineness()).abs()).isLessThanOrEqualTo(ONE_KARAT);
    }

    @Property
    void nearestKaratAgreesWithTheExactKarat(@ForAll("purities") Purity purity) {
        BigDecimal exact = purity.fineness().multiply(BigDecimal.valueOf(24)).divide(BigDecimal.valueOf(1000));
        int expected = exact.setScale(0, RoundingMode.HALF_UP).intValueExact();
        assertThat(purity.toKarat()).isEqualTo(Math.max(1, expected));
        assertThat(purity.toKaratExact()).isEqualTo(exact.setScale(2, RoundingMode.HALF_UP));
    }

    @Property
    void fineWeightIsAtMostTheNetWeightAndWithinHalfAMilligramOfExact(
            @ForAll("purities") Purity purity,
            @ForAll @LongRange(min = 0, max = 999_999_999_999L) long netMilligrams) {
        Weight net = Weight.ofMilligrams(netMilligrams);
        Weight fine = purity.fineWeight(net);
        assertThat(fine).isLessThanOrEqualTo(net);
        BigDecimal exact = net.grams().multiply(purity.fineness()).divide(BigDecimal.valueOf(1000));
        assertThat(fine.grams()).isEqualTo(exact.setScale(3, RoundingMode.HALF_UP));
        assertThat(fine.grams().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.0005"));
    }

    @Property
    void fractionIsFinenessOverAThousand(@ForAll("purities") Purity purity) {
        assertThat(purity.fraction().multiply(BigDecimal.valueOf(1000))).isEqualByComparingTo(purity.fineness());
        assertThat(purity.fraction()).isLessThanOrEqualTo(BigDecimal.ONE);
    }

    @Property
    void equalityIsByNumericValueWhateverTheScale(@ForAll("purities") Purity purity,
            @ForAll @IntRange(min = 0, max = 6) int extraZeros) {
        BigDecimal padded = purity.fineness().setScale(purity.fineness().scale() + extraZeros);
        Purity same = Purity.ofFineness(padded);
        assertThat(same).isEqualTo(purity).hasSameHashCodeAs(purity);
        assertThat(same.compareTo(purity)).isZero();
        assertThat(same.fineness()).isEqualTo(purity.fineness());
        assertThat(Purity.ofFineness(purity.fineness().toPlainString())).isEqualTo(purity);
        assertThat(purity.fineness().scale()).isBetween(0, 2);
    }

    @Property
    void outOfRangeFinenessIsRejected(@ForAll @IntRange(min = -100_000, max = 100_000) int hundredthsBeyond) {
        BigDecimal value = hundredthsBeyond <= 0
                ? BigDecimal.valueOf(hundredthsBeyond, 2)
                : BigDecimal.valueOf(100_000 + hundredthsBeyond, 2);
        assertThatThrownBy(() -> Purity.ofFineness(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(value.toPlainString());
    }

    @Property
    void metalAcceptsExactlyItsRange(@ForAll("purities") Purity purity, @ForAll MetalType metal) {
        boolean inRange = purity.compareTo(metal.minimumPurity()) >= 0
                && purity.fineness().compareTo(new BigDecimal("999.99")) <= 0;
        assertThat(metal.accepts(purity)).isEqualTo(inRange);
    }
}
