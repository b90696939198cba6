package dev.goldshop.persistence.catalog;

import static dev.goldshop.persistence.catalog.CatalogBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.Category;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.NewCategory;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.catalog.Valuation;
import dev.goldshop.core.catalog.ValuationFilter;
import dev.goldshop.core.catalog.ValuationLine;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.rates.MetalRates;
import dev.goldshop.core.rates.NewMetalRate;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.persistence.internal.catalog.StockLedger;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stock valuation on a small stock whose numbers are worked out by hand below. Rates posted:
 * gold 916 sells at 60.50, gold 999 at 66.00 (so 18K, 750, is derived: 66.00 x 0.75 = 49.50),
 * silver at first not at all, later 999 at 0.90 (so 925 is 0.8325).
 *
 * <pre>
 * gold 916: ring 6.000 g (410.00) + 3 coins x 2.000 g (100.00 each) + reserved piece 1.000 g
 *           (50.00) + scrap lot 5.000 g (250.00) = 4 items, 6 units, 18.000 g, cost 1010.00;
 *           fine 18.000 x 0.916 = 16.488 g; market 18.000 x 60.50 = 1089.00
 * gold 750: pendant 4.500 - 0.250 = 4.250 g (200.00); fine 3.1875 -> 3.188 g;
 *           market 4.250 x 49.50 = 210.375 -> 210.38
 * silver 925: 2 bars x 100.000 g (80.00 each) = 200.000 g, cost 160.00; fine 185.000 g;
 *           no rate -> no market value; later 200 x 0.8325 = 166.50
 * no metal: 10 gift boxes at 1.50 = 15.00
 * not counted: a sold piece and an archived one
 * totals: cost 1385.00; market 1089.00 + 210.38 = 1299.38 (incomplete), then 1465.88
 * </pre>
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StockValuationTest {
    private static final CallContext RATES = CallContext.system("rates-test");
    private CatalogBed bed;
    private Category jewellery;
    private Category pendants;

    @BeforeAll
    void start(TestDatabase db) {
        bed = new CatalogBed(db);
        jewellery = bed.categories.create(bed.manager, NewCategory.root("Jewellery"));
        pendants = bed.categories.create(bed.manager, NewCategory.under(jewellery.id(), "Pendants"));
        MetalRates rates = bed.shop.facade(MetalRates.class);
        rates.post(RATES, NewMetalRate.of(MetalType.GOLD, Purity.ofKarat(22), new BigDecimal("58.00"),
                new BigDecimal("60.50")));
        rates.post(RATES, NewMetalRate.of(MetalType.GOLD, Purity.ofFineness(999), new BigDecimal("64.00"),
                new BigDecimal("66.00")));

        piece("RING", jewellery, 22, "6.000", "0.000", "410.00");
        bed.inventory.create(bed.manager, NewItem.builder("COINS", "Coin 2 g").kind(ItemKind.COUNTED)
                .metal(MetalType.GOLD, Purity.ofKarat(22)).weights(Weight.ofGrams("2.000"), null)
                .fixedPrice(usd("140.00")).costPrice(usd("100.00")).quantity(3).build());
        Item held = piece("HELD", null, 22, "1.000", "0.000", "50.00");
        bed.inventory.reserve(bed.manager, held.id(), 0);
        piece("PENDANT", pendants, 18, "4.500", "0.250", "200.00");
        bed.inventory.create(bed.manager, NewItem.builder("BARS", "Silver bar 100 g").kind(ItemKind.COUNTED)
                .metal(MetalType.SILVER, Purity.ofFineness(925)).weights(Weight.ofGrams("100.000"), null)
                .fixedPrice(usd("95.00")).costPrice(usd("80.00")).quantity(2).build());
        bed.inventory.create(bed.manager, NewItem.builder("BOXES", "Gift box").kind(ItemKind.COUNTED)
                .fixedPrice(usd("3.00")).costPrice(usd("1.50")).quantity(10).build());
        Item sold = piece("SOLD", jewellery, 22, "9.000", "0.000", "700.00");
        Item archived = piece("GONE", jewellery, 22, "9.000", "0.000", "700.00");
        StockLedger ledger = bed.engine.service(StockLedger.class);
        bed.engine.inTransaction(tx -> ledger.takeForSale(tx, sold.id(), 1, UUID.randomUUID()));
        bed.inventory.archive(bed.manager, archived.id(), 0);
        bed.engine.inTransaction(tx -> ledger.receiveScrap(tx, MetalType.GOLD, Purity.ofKarat(22),
                Weight.ofGrams("5.000"), usd("250.00"), "payment", UUID.randomUUID()));
    }

    @AfterAll
    void stop() {
        bed.close();
    }

    private Item piece(String sku, Category category, int karat, String gross, String stone, String cost) {
        return bed.inventory.create(bed.manager, NewItem.builder(sku, sku.toLowerCase() + " piece")
                .category(category == null ? null : category.id()).metal(MetalType.GOLD, Purity.ofKarat(karat))
                .weights(Weight.ofGrams(gross), Weight.ofGrams(stone))
                .makingCharge(MakingChargeType.PER_GRAM, BigDecimal.TEN).costPrice(usd(cost)).build());
    }

    private static void line(ValuationLine line, MetalType metal, String fineness, long items, long quantity,
            String net, String fine, String cost, String rate, String market) {
        assertThat(line.metal()).isEqualTo(metal);
        assertThat(line.purity()).isEqualTo(fineness == null ? null : Purity.ofFineness(fineness));
        assertThat(line.items()).isEqualTo(items);
        assertThat(line.quantity()).isEqualTo(quantity);
        assertThat(line.netWeight()).isEqualTo(Weight.ofGrams(net));
        assertThat(line.fineWeight()).isEqualTo(Weight.ofGrams(fine));
        assertThat(line.cost()).isEqualTo(cost == null ? null : usd(cost));
        if (rate == null) {
            assertThat(line.sellRate()).isNull();
        } else {
            assertThat(line.sellRate()).isEqualByComparingTo(rate);
        }
        assertThat(line.marketValue()).isEqualTo(market == null ? null : usd(market));
    }

    @Test
    @Order(1)
    void the_whole_stock_is_valued_at_cost_and_at_todays_sell_rates_per_metal_and_purity() {
        Valuation valuation = bed.inventory.valuation(bed.manager,
                ValuationFilter.all());
        assertThat(valuation.lines()).hasSize(4);
        line(valuation.lines().get(0), MetalType.GOLD, "916", 4, 6, "18.000", "16.488", "1010.00", "60.50", "1089.00");
        line(valuation.lines().get(1), MetalType.GOLD, "750", 1, 1, "4.250", "3.188", "200.00", "49.50", "210.38");
        line(valuation.lines().get(2), MetalType.SILVER, "925", 1, 2, "200.000", "185.000", "160.00", null, null);
        line(valuation.lines().get(3), null, null, 1, 10, "0.000", "0.000", "15.00", null, null);
        assertThat(valuation.totalCost()).isEqualTo(usd("1385.00"));
        assertThat(valuation.totalMarketValue()).isEqualTo(usd("1299.38"));
        assertThat(valuation.complete()).isFalse();
    }

    @Test
    @Order(2)
    void filters_restrict_to_a_metal_a_category_subtree_and_stock_without_scrap() {
        Valuation silver = bed.inventory.valuation(bed.manager, new ValuationFilter(null, MetalType.SILVER, true));
        assertThat(silver.lines()).hasSize(1);
        line(silver.lines().get(0), MetalType.SILVER, "925", 1, 2, "200.000", "185.000", "160.00", null, null);

        Valuation jewelleryOnly = bed.inventory.valuation(bed.manager, new ValuationFilter(jewellery.id(), null, true));
        assertThat(jewelleryOnly.lines()).hasSize(2);
        line(jewelleryOnly.lines().get(0), MetalType.GOLD, "916", 1, 1, "6.000", "5.496", "410.00", "60.50", "363.00");
        line(jewelleryOnly.lines().get(1), MetalType.GOLD, "750", 1, 1, "4.250", "3.188", "200.00", "49.50", "210.38");
        assertThat(jewelleryOnly.complete()).isTrue();
        assertThat(jewelleryOnly.totalMarketValue()).isEqualTo(usd("573.38"));

        Valuation noScrap = bed.inventory.valuation(bed.manager, new ValuationFilter(null, MetalType.GOLD, false));
        line(noScrap.lines().get(0), MetalType.GOLD, "916", 3, 5, "13.000", "11.908", "760.00", "60.50", "786.50");
    }

    @Test
    @Order(3)
    void without_the_cost_permission_the_costs_are_masked_and_the_market_value_shown() {
        Valuation valuation = bed.inventory.valuation(bed.reader, ValuationFilter.all());
        assertThat(valuation.totalCost()).isNull();
        assertThat(valuation.lines()).allSatisfy(l -> assertThat(l.cost()).isNull());
        assertThat(valuation.totalMarketValue()).isEqualTo(usd("1299.38"));
    }

    @Test
    @Order(4)
    void a_rate_posted_now_is_used_at_once_and_completes_the_valuation() {
        bed.shop.facade(MetalRates.class).post(RATES, NewMetalRate.of(MetalType.SILVER, Purity.ofFineness(999),
                new BigDecimal("0.8500"), new BigDecimal("0.9000")));
        Valuation valuation = bed.inventory.valuation(bed.manager, ValuationFilter.all());
        line(valuation.lines().get(2), MetalType.SILVER, "925", 1, 2, "200.000", "185.000", "160.00", "0.8325",
                "166.50");
        assertThat(valuation.totalMarketValue()).isEqualTo(usd("1465.88"));
        assertThat(valuation.complete()).isTrue();
    }

    @Test
    @Order(5)
    void a_missing_filter_or_unknown_category_is_refused() {
        assertThatThrownBy(() -> bed.inventory.valuation(bed.manager, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> bed.inventory.valuation(bed.manager, new ValuationFilter(UUID.randomUUID(), null, true)))
                .isInstanceOf(NotFoundException.class);
    }
}
