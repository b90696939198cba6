package dev.goldshop.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class DiscountLimitTest {
    private static final Currency INR = Currency.getInstance("INR");
    private final DiscountLimit fivePercent = new DiscountLimit(new BigDecimal("5"));

    @Test
    void a_discount_up_to_the_limit_needs_no_permission_and_one_paisa_more_does() {
        Money gross = Money.of("52645.63", "INR");
        // 5 % of 52,645.63 = 2,632.2815: 2,632.28 is within, 2,632.29 is not.
        assertThat(fivePercent.maximumFor(gross)).isEqualTo(Money.of("2632.28", "INR"));
        assertThat(fivePercent.allows(Money.of("2632.28", "INR"), gross)).isTrue();
        assertThat(fivePercent.allows(Money.of("2632.29", "INR"), gross)).isFalse();
        // Exactly 5 %, no rounding involved: 5.00 of 100.00.
        assertThat(fivePercent.allows(Money.of("5.00", "INR"), Money.of("100.00", "INR"))).isTrue();
        assertThat(fivePercent.allows(Money.of("5.01", "INR"), Money.of("100.00", "INR"))).isFalse();
    }

    @Test
    void a_quote_knows_whether_its_discount_is_above_the_limit() {
        WeightPricedLine.Builder line = WeightPricedLine.builder(INR).metal(MetalType.GOLD, Purity.ofFineness(916))
                .netWeight(Weight.ofGrams("10.000")).sellRate(new BigDecimal("6000"));
        PricingPolicy gst = PricingPolicy.of(INR, TaxPolicy.FULL, new BigDecimal("3"));

        assertThat(fivePercent.isExceededBy(Pricing.quote(line.discount(Money.of("3000.00", "INR")).build(), gst)))
                .isFalse();
        assertThat(fivePercent.isExceededBy(Pricing.quote(line.discount(Money.of("3000.01", "INR")).build(), gst)))
                .isTrue();
    }

    @Test
    void a_zero_limit_lets_no_discount_through_and_a_limit_must_be_a_percentage() {
        DiscountLimit none = new DiscountLimit(BigDecimal.ZERO);
        assertThat(none.allows(Money.zero(INR), Money.of("10.00", "INR"))).isTrue();
        assertThat(none.allows(Money.of("0.01", "INR"), Money.of("10.00", "INR"))).isFalse();
        assertThatThrownBy(() -> new DiscountLimit(new BigDecimal("100.5"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("discountLimitPercent '100.5' must be a percentage from 0 to 100");
        assertThatThrownBy(() -> fivePercent.allows(Money.of("1.00", "USD"), Money.of("10.00", "INR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
