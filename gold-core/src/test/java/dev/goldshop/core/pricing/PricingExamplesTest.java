package dev.goldshop.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked examples, each written out by hand the way a shop would on paper, so that a reader can
 * check the engine against the arithmetic and not against itself.
 */
class PricingExamplesTest {
    private static final Currency INR = Currency.getInstance("INR");
    private static final Currency IRR = Currency.getInstance("IRR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency USD = Currency.getInstance("USD");
    private static final PricingPolicy INDIA_GST = PricingPolicy.of(INR, TaxPolicy.FULL, new BigDecimal("3"));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Money inr(String amount) {
        return Money.of(amount, "INR");
    }

    private static List<String> amounts(Quote quote) {
        return quote.components().stream().map(c -> c.kind() + " " + c.amount().amount().toPlainString()).toList();
    }

    @Test
    void india_gst_on_a_22k_chain_with_a_making_charge_of_ten_percent() {
        // 10.000 g of 22K at 6,000.00 per gram, making 10 % of the metal, GST 3 % on everything.
        //   metal    10.000 x 6000.00        = 60,000.00
        //   making   10 % of 60,000.00       =  6,000.00
        //   subtotal                         = 66,000.00
        //   GST      3 % of 66,000.00        =  1,980.00
        //   total                            = 67,980.00
        WeightPricedLine chain = WeightPricedLine.builder(INR)
                .metal(MetalType.GOLD, Purity.ofKarat(22))
                .netWeight(Weight.ofGrams("10.000"))
                .sellRate(d("6000.00"))
                .makingCharge(MakingCharge.percent(d("10")))
                .build();

        Quote quote = Pricing.quote(chain, INDIA_GST);

        assertThat(amounts(quote)).containsExactly("METAL 60000.00", "WASTAGE 0.00", "MAKING 6000.00",
                "PROFIT 0.00", "STONES 0.00", "DISCOUNT 0.00", "TAX 1980.00");
        assertThat(quote.subtotal()).isEqualTo(inr("66000.00"));
        assertThat(quote.taxableBase()).isEqualTo(inr("66000.00"));
        assertThat(quote.total()).isEqualTo(inr("67980.00"));
        assertThat(quote.components().get(0).name()).isEqualTo("metal");
        assertThat(quote.components().get(0).basis()).isEqualTo("10.000 g x 6000.00 per g");
        assertThat(quote.components().get(0).rate()).contains(d("6000.00"));
        assertThat(quote.components().get(2).basis()).isEqualTo("10% of metal 60000.00");
    }

    @Test
    void india_gst_rounds_each_component_before_the_next_is_computed() {
        // 7.345 g of 22K at 6,123.45, wastage 8 % of metal, making 350.00 per gram, stones
        // 1,500.00, discount 145.63; every component rounded half up to the paisa at once:
        //   metal    7.345 x 6123.45 = 44,976.74025      -> 44,976.74
        //   wastage  8 % of 44,976.74 = 3,598.1392       ->  3,598.14
        //   making   7.345 x 350.00   = 2,570.75
        //   stones                                          1,500.00
        //   gross                                          52,645.63
        //   discount                                         -145.63
        //   subtotal                                       52,500.00
        //   GST      3 % of 52,500.00                       1,575.00
        //   total                                          54,075.00
        WeightPricedLine ring = WeightPricedLine.builder(INR)
                .metal(MetalType.GOLD, Purity.ofFineness(916))
                .netWeight(Weight.ofGrams("7.345"))
                .sellRate(d("6123.45"))
                .wastagePercent(d("8"))
                .makingCharge(MakingCharge.perGram(d("350.00")))
                .stoneValue(inr("1500.00"))
                .discount(inr("145.63"))
                .build();

        Quote quote = Pricing.quote(ring, INDIA_GST);

        assertThat(amounts(quote)).containsExactly("METAL 44976.74", "WASTAGE 3598.14", "MAKING 2570.75",
                "PROFIT 0.00", "STONES 1500.00", "DISCOUNT -145.63", "TAX 1575.00");
        assertThat(quote.grossAmount()).isEqualTo(inr("52645.63"));
        assertThat(quote.subtotal()).isEqualTo(inr("52500.00"));
        assertThat(quote.total()).isEqualTo(inr("54075.00"));
        assertThat(quote.amountOf(ComponentKind.MAKING)).isEqualTo(inr("2570.75"));
        assertThat(quote.discount()).isEqualTo(inr("145.63"));
    }

    @Test
    void wastage_on_weight_adds_grams_priced_at_the_same_rate() {
        // 7.777 g at 6,123.45 with 11 % wastage.
        //   by weight: 11 % of 7.777 g = 0.85547 g -> 0.855 g; 0.855 x 6123.45 = 5,235.54975 -> 5,235.55
        //   by value:  metal 7.777 x 6123.45 = 47,622.07065 -> 47,622.07; 11 % = 5,238.4277 -> 5,238.43
        WeightPricedLine.Builder piece = WeightPricedLine.builder(INR)
                .metal(MetalType.GOLD, Purity.ofFineness(916))
                .netWeight(Weight.ofGrams("7.777"))
                .sellRate(d("6123.45"));

        Quote byWeight = Pricing.quote(piece.wastage(WastageBasis.NET_WEIGHT, d("11")).build(), INDIA_GST);
        Quote byValue = Pricing.quote(piece.wastage(WastageBasis.METAL_VALUE, d("11")).build(), INDIA_GST);

        assertThat(byWeight.amountOf(ComponentKind.WASTAGE)).isEqualTo(inr("5235.55"));
        assertThat(byWeight.components().get(1).basis()).isEqualTo("0.855 g (11% of 7.777 g) x 6123.45 per g");
        assertThat(byValue.amountOf(ComponentKind.METAL)).isEqualTo(inr("47622.07"));
        assertThat(byValue.amountOf(ComponentKind.WASTAGE)).isEqualTo(inr("5238.43"));
    }

    @Test
    void iran_vat_on_wage_and_profit_only_rounding_half_even_in_rials() {
        // The JDK gives the rial two decimals (ISO 4217), so amounts are rounded to 0.01 IRR.
        // 5.000 g of 18K at 47,250,000.0500 IRR per gram, wage (ojrat) 18 %, profit 7 %, VAT 10 %
        // on what was added to the metal, half-even rounding:
        //   metal  5.000 x 47,250,000.05            = 236,250,000.25
        //   wage   18 % of 236,250,000.25 = 42,525,000.045 -> 42,525,000.04 (half even; half up gives .05)
        //   profit 7 % of (236,250,000.25 + 42,525,000.04 = 278,775,000.29)
        //          = 19,514,250.0203                     -> 19,514,250.02
        //   subtotal                                    = 298,289,250.31
        //   VAT base 298,289,250.31 - 236,250,000.25    =  62,039,250.06
        //   VAT 10 % = 6,203,925.006                     ->  6,203,925.01
        //   total                                       = 304,493,175.32
        assertThat(Money.scaleOf(IRR)).isEqualTo(2);
        PricingPolicy iran = new PricingPolicy(TaxPolicy.VALUE_ADDED, d("10"), RoundingMode.HALF_EVEN, IRR);
        WeightPricedLine bangle = WeightPricedLine.builder(IRR)
                .metal(MetalType.GOLD, Purity.ofKarat(18))
                .netWeight(Weight.ofGrams("5.000"))
                .sellRate(d("47250000.0500"))
                .makingCharge(MakingCharge.percent(d("18")))
                .profitPercent(d("7"))
                .build();

        Quote quote = Pricing.quote(bangle, iran);

        assertThat(amounts(quote)).containsExactly("METAL 236250000.25", "WASTAGE 0.00", "MAKING 42525000.04",
                "PROFIT 19514250.02", "STONES 0.00", "DISCOUNT 0.00", "TAX 6203925.01");
        assertThat(quote.subtotal()).isEqualTo(Money.of("298289250.31", "IRR"));
        assertThat(quote.taxableBase()).isEqualTo(Money.of("62039250.06", "IRR"));
        assertThat(quote.total()).isEqualTo(Money.of("304493175.32", "IRR"));
        assertThat(quote.components().get(6).basis())
                .isEqualTo("10% of subtotal 298289250.31 less metal 236250000.25 = 62039250.06");

        Quote halfUp = Pricing.quote(bangle, iran.withRounding(RoundingMode.HALF_UP));
        assertThat(halfUp.amountOf(ComponentKind.MAKING)).isEqualTo(Money.of("42525000.05", "IRR"));

        // The same piece under a full VAT: 10 % of 298,289,250.31 = 29,828,925.031 -> 29,828,925.03.
        Quote full = Pricing.quote(bangle, new PricingPolicy(TaxPolicy.FULL, d("10"), RoundingMode.HALF_EVEN, IRR));
        assertThat(full.tax()).isEqualTo(Money.of("29828925.03", "IRR"));
    }

    @Test
    void value_added_tax_never_goes_below_zero_when_the_discount_eats_the_added_value() {
        // metal 100.00, making 5.00, discount 20.00: subtotal 85.00 is below the metal value.
        WeightPricedLine line = WeightPricedLine.builder(USD)
                .metal(MetalType.GOLD, Purity.ofFineness(999))
                .netWeight(Weight.ofGrams("1.000"))
                .sellRate(d("100"))
                .makingCharge(MakingCharge.fixed(d("5.00")))
                .discount(Money.of("20.00", "USD"))
                .build();

        Quote quote = Pricing.quote(line, PricingPolicy.of(USD, TaxPolicy.VALUE_ADDED, d("10")));

        assertThat(quote.taxableBase()).isEqualTo(Money.zero(USD));
        assertThat(quote.tax()).isEqualTo(Money.zero(USD));
        assertThat(quote.total()).isEqualTo(Money.of("85.00", "USD"));
    }

    @Test
    void counted_coins_cost_the_quantity_times_one_rounded_coin() {
        // Three 7.988 g coins of 999.9 at 10,123.4567 JPY per gram (yen have no decimals),
        // a fixed 500 JPY making charge each, 10 % consumption tax:
        //   one coin 7.988 x 10,123.4567 = 80,866.1721196 -> 80,866
        //   metal    3 x 80,866 = 242,598   (rounding the line at once would give 242,599:
        //            three coins never cost more than three times one coin)
        //   making   3 x 500    =   1,500
        //   subtotal              244,098
        //   tax      10 % = 24,409.8 -> 24,410
        //   total                 268,508
        WeightPricedLine coins = WeightPricedLine.builder(JPY)
                .metal(MetalType.GOLD, Purity.ofFineness("999.9"))
                .netWeight(Weight.ofGrams("7.988"))
                .quantity(3)
                .sellRate(d("10123.4567"))
                .makingCharge(MakingCharge.fixed(d("500")))
                .build();

        Quote quote = Pricing.quote(coins, PricingPolicy.of(JPY, TaxPolicy.FULL, d("10")));

        assertThat(amounts(quote)).containsExactly("METAL 242598", "WASTAGE 0", "MAKING 1500", "PROFIT 0",
                "STONES 0", "DISCOUNT 0", "TAX 24410");
        assertThat(quote.total()).isEqualTo(Money.of("268508", "JPY"));
        assertThat(quote.components().get(0).basis()).isEqualTo("3 x 7.988 g x 10123.4567 per g");
    }

    @Test
    void a_fixed_price_line_is_unit_price_times_quantity_less_discount_plus_tax() {
        // Two watches at 1,250.00, discount 100.00:
        //   price 2,500.00, subtotal 2,400.00
        //   FULL 8.25 %: 198.00 -> total 2,598.00
        //   VALUE_ADDED 10 %, no metal value given: the whole 2,400.00 is added value -> 240.00
        //   VALUE_ADDED 10 %, 400.00 of metal per watch: base 2,400.00 - 800.00 = 1,600.00 -> 160.00
        FixedPricedLine watches = FixedPricedLine.of(Money.of("1250.00", "USD"), 2)
                .withDiscount(Money.of("100.00", "USD"));

        Quote full = Pricing.quote(watches, PricingPolicy.of(USD, TaxPolicy.FULL, d("8.25")));
        PricingPolicy valueAdded = PricingPolicy.of(USD, TaxPolicy.VALUE_ADDED, d("10"));
        Quote wholeIsAdded = Pricing.quote(watches, valueAdded);
        Quote withMetal = Pricing.quote(watches.withMetalValue(Money.of("400.00", "USD")), valueAdded);

        assertThat(full.components()).extracting(PriceComponent::kind)
                .containsExactly(ComponentKind.PRICE, ComponentKind.DISCOUNT, ComponentKind.TAX);
        assertThat(full.amountOf(ComponentKind.PRICE)).isEqualTo(Money.of("2500.00", "USD"));
        assertThat(full.components().get(0).rate()).isEqualTo(Optional.empty());
        assertThat(full.subtotal()).isEqualTo(Money.of("2400.00", "USD"));
        assertThat(full.tax()).isEqualTo(Money.of("198.00", "USD"));
        assertThat(full.total()).isEqualTo(Money.of("2598.00", "USD"));
        assertThat(wholeIsAdded.tax()).isEqualTo(Money.of("240.00", "USD"));
        assertThat(withMetal.taxableBase()).isEqualTo(Money.of("1600.00", "USD"));
        assertThat(withMetal.tax()).isEqualTo(Money.of("160.00", "USD"));
    }
}
