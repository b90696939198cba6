package dev.goldshop.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");

    @Test
    void amountHasTheCurrencyScale() {
        assertThat(Money.of("12.5", "USD").amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Money.of("1250", "JPY").amount().scale()).isZero();
        assertThat(Money.of("1.234", "KWD").amount().scale()).isEqualTo(3);
        assertThat(Money.ofMinor(1234, KWD).amount()).isEqualTo(new BigDecimal("1.234"));
        assertThat(Money.zero(JPY).amount()).isEqualTo(new BigDecimal("0"));
        assertThat(Money.zero(USD).amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.of(new BigDecimal("12.5000"), USD).amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Money.of(new BigDecimal("1E+3"), USD).amount()).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void currenciesWithoutMinorUnitsHaveScaleZero() {
        Currency gold = Currency.getInstance("XAU");
        assertThat(gold.getDefaultFractionDigits()).isEqualTo(-1);
        assertThat(Money.scaleOf(gold)).isZero();
        assertThat(Money.of("3", "XAU").amount().scale()).isZero();
    }

    @Test
    void scaleIsWhateverTheJdkSaysForTheCurrency() {
        for (String code : List.of("USD", "EUR", "JPY", "KWD", "BHD", "IRR", "INR", "AED", "CLF")) {
            Currency currency = Currency.getInstance(code);
            assertThat(Money.zero(currency).scale()).as(code)
                    .isEqualTo(currency.getDefaultFractionDigits());
        }
    }

    @Test
    void tooManyDecimalsAreRejectedNamingTheValueTheCurrencyAndTheScale() {
        assertThatThrownBy(() -> Money.of("10.005", "USD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.005 USD")
                .hasMessageContaining("scale 2");
        assertThatThrownBy(() -> Money.of("12.5", "JPY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12.5 JPY")
                .hasMessageContaining("scale 0");
        assertThatThrownBy(() -> Money.of("1.2345", "KWD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale 3");
    }

    @Test
    void explicitRoundingRounds() {
        BigDecimal value = new BigDecimal("10.005");
        assertThat(Money.of(value, USD, RoundingMode.HALF_UP).amount()).isEqualTo(new BigDecimal("10.01"));
        assertThat(Money.of(value, USD, RoundingMode.HALF_EVEN).amount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(Money.of(value, USD, RoundingMode.DOWN).amount()).isEqualTo(new BigDecimal("10.00"));
        assertThatThrownBy(() -> Money.of(value, USD, RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownCurrencyAndBadAmountAreRejected() {
        assertThatThrownBy(() -> Money.of("1", "ABC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ABC'")
                .hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> Money.of("1.2.3", "USD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1.2.3'");
        assertThat(Money.of("1", " usd ")).isEqualTo(Money.ofMinor(100, USD));
    }

    @Test
    void mixingCurrenciesIsRejectedNamingBoth() {
        Money dollars = Money.of("1.00", "USD");
        Money euros = Money.of("2.00", "EUR");
        assertThatThrownBy(() -> dollars.plus(euros))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD 1.00")
                .hasMessageContaining("EUR 2.00")
                .hasMessageContaining("currencies differ (USD and EUR)");
        assertThatThrownBy(() -> dollars.minus(euros))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD").hasMessageContaining("EUR");
        assertThatThrownBy(() -> dollars.compareTo(euros))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD").hasMessageContaining("EUR");
        assertThatThrownBy(() -> dollars.max(euros)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dollars.min(euros)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmetic() {
        Money a = Money.of("12.50", "USD");
        Money b = Money.of("20.75", "USD");
        assertThat(a.plus(b)).isEqualTo(Money.of("33.25", "USD"));
        assertThat(a.minus(b)).isEqualTo(Money.of("-8.25", "USD"));
        assertThat(a.minus(b).isNegative()).isTrue();
        assertThat(a.negate()).isEqualTo(Money.of("-12.5", "USD"));
        assertThat(a.max(b)).isSameAs(b);
        assertThat(a.min(b)).isSameAs(a);
        assertThat(a.signum()).isEqualTo(1);
        assertThat(a.isPositive()).isTrue();
        assertThat(Money.zero(USD).isZero()).isTrue();
        assertThat(Money.zero(USD).signum()).isZero();
        assertThat(a.minorUnits()).isEqualTo(1250);
        assertThat(Money.of("-3", "JPY").minorUnits()).isEqualTo(-3);
    }

    @Test
    void metalValueIsRateTimesWeightRoundedOnce() {
        Money ratePerGram = Money.of("65.43", "USD");
        Weight net = Weight.ofGrams("12.345");
        // 65.43 x 12.345 = 807.73335
        assertThat(ratePerGram.times(net.grams(), RoundingMode.HALF_UP)).isEqualTo(Money.of("807.73", "USD"));
        assertThat(ratePerGram.times(net.grams(), RoundingMode.UP)).isEqualTo(Money.of("807.74", "USD"));
        assertThatThrownBy(() -> ratePerGram.times(net.grams(), RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentIsAmountTimesPercentOverHundredRoundedOnce() {
        assertThat(Money.of("1000", "USD").percent(BigDecimal.valueOf(3), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("30", "USD"));
        // 333.33 x 12.5 / 100 = 41.66625
        assertThat(Money.of("333.33", "USD").percent(new BigDecimal("12.5"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("41.67", "USD"));
        // 0.05 x 50 / 100 = 0.025
        assertThat(Money.of("0.05", "USD").percent(BigDecimal.valueOf(50), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("0.03", "USD"));
        assertThat(Money.of("0.05", "USD").percent(BigDecimal.valueOf(50), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("0.02", "USD"));
        // Rounded once: 1.0049 rounds to 1.00, though rounding first to 3 decimals (1.005)
        // and then to 2 would give 1.01.
        assertThat(Money.of("100.49", "USD").percent(BigDecimal.ONE, RoundingMode.HALF_UP))
                .isEqualTo(Money.of("1.00", "USD"));
    }

    @Test
    void allocateSplitsWithoutLosingACent() {
        assertThat(amounts(Money.of("10.00", "USD").allocate(3))).containsExactly("3.34", "3.33", "3.33");
        assertThat(amounts(Money.of("-10.00", "USD").allocate(3))).containsExactly("-3.34", "-3.33", "-3.33");
        assertThat(amounts(Money.of("0.02", "USD").allocate(3))).containsExactly("0.01", "0.01", "0.00");
        assertThat(amounts(Money.of("100", "JPY").allocate(1))).containsExactly("100");
        assertThat(amounts(Money.of("10.00", "USD").allocate(
                List.of(BigDecimal.ZERO, BigDecimal.ONE)))).containsExactly("0.00", "10.00");
        // 70/30 of 0.05: exact shares 0.035 and 0.015; the tie goes to the earlier part.
        assertThat(amounts(Money.of("0.05", "USD").allocate(
                List.of(new BigDecimal("0.7"), new BigDecimal("0.3"))))).containsExactly("0.04", "0.01");
        // Shares 50/3 = 16.67 and 100/3 = 33.33 cents: the larger remainder (2/3) wins.
        assertThat(amounts(Money.of("0.50", "USD").allocate(
                List.of(BigDecimal.ONE, BigDecimal.valueOf(2))))).containsExactly("0.17", "0.33");
    }

    @Test
    void allocateRejectsMeaninglessSplits() {
        Money money = Money.of("10.00", "USD");
        assertThatThrownBy(() -> money.allocate(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 parts")
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> money.allocate(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> money.allocate(List.of(BigDecimal.ONE, new BigDecimal("-1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ratio -1 is negative");
        assertThatThrownBy(() -> money.allocate(List.of(BigDecimal.ZERO, new BigDecimal("0.00"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("all ratios are zero");
    }

    @Test
    void equalityAndText() {
        assertThat(Money.of("12.5", "USD")).isEqualTo(Money.of("12.50", "USD"))
                .hasSameHashCodeAs(Money.ofMinor(1250, USD));
        assertThat(Money.of("12.50", "USD")).isNotEqualTo(Money.of("12.50", "EUR"));
        assertThat(Money.of("12.5", "USD")).hasToString("USD 12.50");
        assertThat(Money.of("-300", "JPY")).hasToString("JPY -300");
        assertThat(Money.zero(EUR)).hasToString("EUR 0.00");
        assertThat(Money.ofMinor(1, KWD)).hasToString("KWD 0.001");
    }

    private static List<String> amounts(List<Money> parts) {
        return parts.stream().map(m -> m.amount().toPlainString()).collect(Collectors.toList());
    }
}
