package dev.goldshop.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Values with extreme exponents must be refused or rounded at once, not after minutes. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ExtremeDecimalsTest {

    private static final BigDecimal HUGE = new BigDecimal("1E+999999999");
    private static final BigDecimal TINY = new BigDecimal("1E-999999999");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void weight() {
        assertThatThrownBy(() -> Weight.ofGrams(HUGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1E+999999999 g is too large");
        assertThatThrownBy(() -> Weight.ofGrams(HUGE.negate(), RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1E+999999999 g is negative");
        assertThatThrownBy(() -> Weight.ofGrams(TINY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1E-999999999 g has more than 3 decimals");
        assertThat(Weight.ofGrams(TINY, RoundingMode.UP)).isEqualTo(Weight.ofMilligrams(1));
        assertThat(Weight.ofGrams(TINY, RoundingMode.HALF_UP)).isEqualTo(Weight.ZERO);
        assertThat(Weight.ofGrams(TINY.negate(), RoundingMode.HALF_UP)).isEqualTo(Weight.ZERO);
        assertThatThrownBy(() -> Weight.ofGrams("1").times(HUGE, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void money() {
        assertThatThrownBy(() -> Money.of(TINY, USD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1E-999999999 USD");
        assertThat(Money.of(TINY, USD, RoundingMode.CEILING)).isEqualTo(Money.of("0.01", "USD"));
        assertThat(Money.of(TINY, USD, RoundingMode.HALF_UP)).isEqualTo(Money.zero(USD));
        assertThat(Money.of(TINY.negate(), USD, RoundingMode.FLOOR)).isEqualTo(Money.of("-0.01", "USD"));
        assertThat(Money.of("1", "USD").times(TINY, RoundingMode.UP)).isEqualTo(Money.of("0.01", "USD"));
    }

    @Test
    void purity() {
        assertThatThrownBy(() -> Purity.ofFineness(HUGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Fineness 1E+999999999 is out of range");
        assertThatThrownBy(() -> Purity.ofFineness(TINY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Fineness 1E-999999999 has more than 2 decimals");
    }
}
