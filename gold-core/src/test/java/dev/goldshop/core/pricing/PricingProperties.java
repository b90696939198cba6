package dev.goldshop.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;

/** Properties of the pricing engine over random lines, policies, currencies and rounding modes. */
class PricingProperties {
    // Scales 0 (JPY), 2 (USD, INR, IRR in the JDK) and 3 (KWD).
    private static final List<String> CURRENCIES = List.of("USD", "INR", "JPY", "KWD", "IRR", "AED");
    private static final EnumSet<RoundingMode> ROUNDING = EnumSet.complementOf(EnumSet.of(RoundingMode.UNNECESSARY));

    /** A line without discount, and the share of its gross value to give as a discount. */
    record Case(WeightPricedLine line, PricingPolicy policy, BigDecimal discountShare) {
        /** The line with the discount applied, computed against its own gross value. */
        WeightPricedLine discounted() {
            return withDiscountOf(line);
        }

        /** A variant of the line with the same discount as {@link #discounted()}. */
        WeightPricedLine withDiscountOf(WeightPricedLine variant) {
            return variant.toBuilder().discount(discount()).build();
        }

        Money discount() {
            Money gross = Pricing.quote(line, policy).grossAmount();
            return gross.times(discountShare, RoundingMode.DOWN);
        }
    }

    @Provide
    Arbitrary<PricingPolicy> policies() {
        return Combinators.combine(Arbitraries.of(TaxPolicy.class),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("30")).ofScale(2),
                Arbitraries.of(ROUNDING), Arbitraries.of(CURRENCIES).map(Currency::getInstance))
                .as(PricingPolicy::new);
    }

    private static Arbitrary<BigDecimal> percents(String max) {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(max)).ofScale(2);
    }

    private static Arbitrary<MakingCharge> makingCharges(Currency currency) {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2000")).ofScale(4)
                        .map(MakingCharge::perGram),
                percents("40").map(MakingCharge::percent),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000"))
                        .ofScale(Money.scaleOf(currency)).map(MakingCharge::fixed));
    }

    private static Arbitrary<BigDecimal> rates() {
        // Posted rates have four decimals; derived ones (x purity / 1000) have up to seven.
        return Arbitraries.integers().between(0, 7).flatMap(scale -> Arbitraries.bigDecimals()
                .between(BigDecimal.ONE.movePointLeft(scale), new BigDecimal("200000")).ofScale(scale));
    }

    private static Arbitrary<WeightPricedLine> lines(Currency currency) {
        int scale = Money.scaleOf(currency);
        Arbitrary<WeightPricedLine.Builder> base = Combinators.combine(
                Arbitraries.longs().between(1, 5_000_000).map(Weight::ofMilligrams),
                rates(),
                Arbitraries.integers().between(1, 20),
                Arbitraries.of(WastageBasis.class),
                percents("25"))
                .as((weight, rate, quantity, basis, wastage) -> WeightPricedLine.builder(currency)
                        .metal(MetalType.GOLD, Purity.ofFineness(916)).netWeight(weight).sellRate(rate)
                        .quantity(quantity).wastage(basis, wastage));
        return Combinators.combine(base, makingCharges(currency), percents("30"),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(scale))
                .as((builder, making, profit, stones) -> builder.makingCharge(making).profitPercent(profit)
                        .stoneValue(Money.of(stones, currency)).build());
    }

    @Provide
    Arbitrary<Case> cases() {
        return policies().flatMap(policy -> Combinators.combine(lines(policy.currency()),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3))
                .as((line, share) -> new Case(line, policy, share)));
    }

    @Property
    void the_components_sum_exactly_to_the_total(@ForAll("cases") Case c) {
        Quote quote = Pricing.quote(c.discounted(), c.policy());

        Money sum = quote.components().stream().map(PriceComponent::amount)
                .reduce(Money.zero(c.policy().currency()), Money::plus);
        assertThat(sum).isEqualTo(quote.total());
        assertThat(quote.subtotal().plus(quote.tax())).isEqualTo(quote.total());
        assertThat(quote.discount()).isEqualTo(c.discount());
    }

    @Property
    void the_total_never_falls_when_the_weight_rises(@ForAll("cases") Case c,
            @ForAll @IntRange(min = 0, max = 2_000_000) int moreMilligrams) {
        WeightPricedLine heavier = c.line().toBuilder()
                .netWeight(c.line().netWeight().plus(Weight.ofMilligrams(moreMilligrams))).build();

        Money before = Pricing.quote(c.discounted(), c.policy()).total();
        Money after = Pricing.quote(c.withDiscountOf(heavier), c.policy()).total();

        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property
    void the_total_never_falls_when_the_rate_rises(@ForAll("cases") Case c,
            @ForAll @BigRange(min = "0", max = "5000") BigDecimal rise) {
        WeightPricedLine dearer = c.line().toBuilder().sellRate(c.line().sellRate().add(rise)).build();

        Money before = Pricing.quote(c.discounted(), c.policy()).total();
        Money after = Pricing.quote(c.withDiscountOf(dearer), c.policy()).total();

        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property
    void every_component_is_the_unrounded_value_rounded_as_the_policy_says(@ForAll("cases") Case c) {
        WeightPricedLine line = c.discounted();
        PricingPolicy policy = c.policy();
        int scale = policy.scale();
        RoundingMode mode = policy.roundingMode();
        BigDecimal quantity = BigDecimal.valueOf(line.quantity());
        BigDecimal net = line.netWeight().grams();
        BigDecimal rate = line.sellRate();
        BigDecimal hundred = BigDecimal.valueOf(100);

        // The formula of DOMAIN.md, in plain BigDecimal: each piece component rounded at once.
        BigDecimal metal = net.multiply(rate).setScale(scale, mode);
        BigDecimal wastage = line.wastageBasis() == WastageBasis.METAL_VALUE
                ? metal.multiply(line.wastagePercent()).divide(hundred).setScale(scale, mode)
                : net.multiply(line.wastagePercent()).divide(hundred).setScale(3, RoundingMode.HALF_UP)
                        .multiply(rate).setScale(scale, mode);
        BigDecimal making = switch (line.makingCharge().type()) {
            case PER_GRAM -> net.multiply(line.makingCharge().value()).setScale(scale, mode);
            case PERCENT -> metal.multiply(line.makingCharge().value()).divide(hundred).setScale(scale, mode);
            case FIXED -> line.makingCharge().value().setScale(scale, RoundingMode.UNNECESSARY);
        };
        BigDecimal profit = metal.add(wastage).add(making).multiply(line.profitPercent()).divide(hundred)
                .setScale(scale, mode);
        BigDecimal stones = line.stoneValue().amount();
        BigDecimal subtotal = metal.add(wastage).add(making).add(profit).add(stones).multiply(quantity)
                .subtract(line.discount().amount());
        BigDecimal base = policy.taxPolicy() == TaxPolicy.FULL ? subtotal
                : subtotal.subtract(metal.multiply(quantity)).max(BigDecimal.valueOf(0, scale));
        BigDecimal tax = base.multiply(policy.taxRate()).divide(hundred).setScale(scale, mode);

        Quote quote = Pricing.quote(line, policy);

        assertThat(quote.components()).allSatisfy(component -> assertThat(component.amount().scale()).isEqualTo(scale));
        assertThat(quote.amountOf(ComponentKind.METAL).amount()).isEqualTo(metal.multiply(quantity));
        assertThat(quote.amountOf(ComponentKind.WASTAGE).amount()).isEqualTo(wastage.multiply(quantity));
        assertThat(quote.amountOf(ComponentKind.MAKING).amount()).isEqualTo(making.multiply(quantity));
        assertThat(quote.amountOf(ComponentKind.PROFIT).amount()).isEqualTo(profit.multiply(quantity));
        assertThat(quote.amountOf(ComponentKind.STONES).amount()).isEqualTo(stones.multiply(quantity));
        assertThat(quote.subtotal().amount()).isEqualTo(subtotal);
        assertThat(quote.taxableBase().amount()).isEqualTo(base);
        assertThat(quote.tax().amount()).isEqualTo(tax);
    }

    @Property
    void value_added_tax_is_never_more_than_full_tax(@ForAll("cases") Case c) {
        PricingPolicy full = new PricingPolicy(TaxPolicy.FULL, c.policy().taxRate(), c.policy().roundingMode(),
                c.policy().currency());
        PricingPolicy valueAdded = new PricingPolicy(TaxPolicy.VALUE_ADDED, c.policy().taxRate(),
                c.policy().roundingMode(), c.policy().currency());

        Quote onAll = Pricing.quote(c.discounted(), full);
        Quote onAdded = Pricing.quote(c.discounted(), valueAdded);

        assertThat(onAdded.tax()).isLessThanOrEqualTo(onAll.tax());
        assertThat(onAdded.subtotal()).isEqualTo(onAll.subtotal());
    }

    @Property
    void a_fixed_price_line_adds_up_and_taxes_added_value_no_more_than_the_whole(
            @ForAll("policies") PricingPolicy policy,
            @ForAll @BigRange(min = "0", max = "100000") BigDecimal unitPrice,
            @ForAll @IntRange(min = 1, max = 50) int quantity,
            @ForAll @BigRange(min = "0", max = "1") BigDecimal discountShare,
            @ForAll @BigRange(min = "0", max = "1.5") BigDecimal metalShare) {
        Currency currency = policy.currency();
        Money price = Money.of(unitPrice, currency, RoundingMode.DOWN);
        Money gross = price.times(BigDecimal.valueOf(quantity), RoundingMode.UNNECESSARY);
        FixedPricedLine line = FixedPricedLine.of(price, quantity)
                .withDiscount(gross.times(discountShare, RoundingMode.DOWN))
                .withMetalValue(price.times(metalShare, RoundingMode.DOWN));
        PricingPolicy full = new PricingPolicy(TaxPolicy.FULL, policy.taxRate(), policy.roundingMode(), currency);
        PricingPolicy valueAdded = new PricingPolicy(TaxPolicy.VALUE_ADDED, policy.taxRate(), policy.roundingMode(),
                currency);

        Quote onAll = Pricing.quote(line, full);
        Quote onAdded = Pricing.quote(line, valueAdded);

        assertThat(onAll.components().stream().map(PriceComponent::amount).reduce(Money.zero(currency), Money::plus))
                .isEqualTo(onAll.total());
        assertThat(onAll.subtotal()).isEqualTo(gross.minus(line.discount()));
        assertThat(onAll.tax()).isEqualTo(onAll.subtotal().percent(policy.taxRate(), policy.roundingMode()));
        assertThat(onAdded.tax()).isLessThanOrEqualTo(onAll.tax());
    }
}
