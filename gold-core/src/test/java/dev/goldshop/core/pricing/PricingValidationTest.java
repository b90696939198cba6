package dev.goldshop.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a ValidationException that names each field, the value and what is accepted. */
class PricingValidationTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final PricingPolicy POLICY = PricingPolicy.of(USD, TaxPolicy.FULL, BigDecimal.ONE);

    private static WeightPricedLine.Builder ring() {
        return WeightPricedLine.builder(USD).metal(MetalType.GOLD, Purity.ofFineness(750))
                .netWeight(Weight.ofGrams("3.250")).sellRate(new BigDecimal("60.1234"));
    }

    private static ValidationException refused(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
    }

    @Test
    void every_invalid_field_of_a_line_is_named_at_once() {
        ValidationException e = refused(() -> WeightPricedLine.builder(USD)
                .metal(MetalType.SILVER, Purity.ofFineness(375))
                .netWeight(Weight.ZERO)
                .quantity(0)
                .sellRate(new BigDecimal("-1"))
                .wastagePercent(new BigDecimal("-2"))
                .profitPercent(new BigDecimal("12.345"))
                .stoneValue(Money.of("-1.00", "USD"))
                .discount(Money.of("1.00", "EUR"))
                .build());

        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("purity", "netWeight", "quantity",
                "sellRate", "wastagePercent", "profitPercent", "stoneValue", "discount");
        assertThat(e.fieldErrors().get(0).rejectedValue()).isEqualTo("375");
        assertThat(e.fieldErrors().get(0).message()).isEqualTo("must be from 500 to 999.99 per mille for silver");
        assertThat(e.fieldErrors().get(3).message()).isEqualTo("must be above 0 per gram");
        assertThat(e.fieldErrors().get(4).message()).isEqualTo("must be a percentage from 0 to 999.99");
        assertThat(e.fieldErrors().get(5).message()).isEqualTo("must have at most 2 decimals, such as 12.25");
        assertThat(e.fieldErrors().get(7).message()).contains("line's currency USD");
    }

    @Test
    void making_charges_are_checked_for_their_kind() {
        assertThat(refused(() -> MakingCharge.percent(new BigDecimal("1000"))).fieldErrors())
                .extracting(FieldError::field, FieldError::rejectedValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("makingCharge.value", "1000"));
        assertThat(refused(() -> MakingCharge.perGram(new BigDecimal("-0.01"))).getMessage())
                .contains("makingCharge.value '-0.01' must be 0 or more");
        assertThat(refused(() -> MakingCharge.perGram(new BigDecimal("1.23456"))).getMessage())
                .contains("at most 4 decimals");
        assertThat(refused(() -> ring().makingCharge(MakingCharge.fixed(new BigDecimal("10.005"))).build())
                .getMessage()).contains("makingCharge.value '10.005' a fixed amount must be exact in USD (at most 2 decimals)");
        assertThat(refused(() -> new MakingCharge(null, null)).fieldErrors()).extracting(FieldError::field)
                .containsExactly("makingCharge.type", "makingCharge.value");
    }

    @Test
    void a_discount_above_the_line_value_is_refused_when_priced() {
        // 3.250 x 60.1234 = 195.40105 -> 195.40
        ValidationException e = refused(() -> Pricing.quote(ring().discount(Money.of("195.41", "USD")).build(),
                POLICY));
        assertThat(e.fieldErrors()).containsExactly(new FieldError("discount", "USD 195.41",
                "must not exceed the line's value before discount, USD 195.40"));
        assertThat(Pricing.quote(ring().discount(Money.of("195.40", "USD")).build(), POLICY).total())
                .isEqualTo(Money.zero(USD));
        assertThatThrownBy(() -> Pricing.quote(FixedPricedLine.of(Money.of("5.00", "USD"), 2)
                .withDiscount(Money.of("10.01", "USD")), POLICY)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("discount");
    }

    @Test
    void a_line_in_another_currency_than_the_policy_is_refused() {
        PricingPolicy euros = PricingPolicy.of(Currency.getInstance("EUR"), TaxPolicy.FULL, BigDecimal.TEN);
        assertThat(refused(() -> Pricing.quote(ring().build(), euros)).fieldErrors())
                .containsExactly(new FieldError("currency", "USD", "must be the pricing policy's currency EUR"));
        assertThat(refused(() -> Pricing.quote(FixedPricedLine.of(Money.of("1.00", "USD"), 1), euros)).getMessage())
                .contains("currency 'USD'");
        assertThat(refused(() -> new FixedPricedLine(Money.of("1.00", "USD"), 1, Money.zero(USD),
                Money.of("1.00", "EUR"))).fieldErrors()).extracting(FieldError::field).containsExactly("metalValue");
    }

    @Test
    void a_policy_needs_a_tax_rate_of_at_most_a_hundred_percent_and_a_rounding_mode_that_rounds() {
        ValidationException e = refused(() -> new PricingPolicy(null, new BigDecimal("100.01"),
                RoundingMode.UNNECESSARY, null));
        assertThat(e.fieldErrors()).extracting(FieldError::field)
                .containsExactly("taxPolicy", "taxRate", "roundingMode", "currency");
        assertThat(e.fieldErrors().get(1).message()).isEqualTo("must be a percentage from 0 to 100");
        assertThat(PricingPolicy.of(USD, TaxPolicy.FULL, new BigDecimal("100")).roundingMode())
                .isEqualTo(RoundingMode.HALF_UP);
    }

    @Test
    void a_fixed_price_line_needs_a_price_and_at_least_one_piece() {
        assertThat(refused(() -> FixedPricedLine.of(Money.of("-1.00", "USD"), 0)).fieldErrors())
                .extracting(FieldError::field).containsExactly("unitPrice", "quantity");
        assertThat(refused(() -> FixedPricedLine.of(null, 1)).fieldErrors()).extracting(FieldError::field)
                .contains("unitPrice");
    }
}
