package dev.goldshop.benchmarks.internal;

import dev.goldshop.core.catalog.Inventory;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.rates.MetalRates;
import dev.goldshop.core.rates.NewMetalRate;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.Invoices;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.Payments;
import dev.goldshop.core.sales.PointOfSale;
import dev.goldshop.core.sales.Sale;
import dev.goldshop.core.sales.SaleRequest;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.engine.GoldShop;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The SDK's side of a sale, through the public API only, as a point-of-sale calls it: the
 * counter's checkout ({@link PointOfSale#sell}: a draft, three lines, issue with number, stock and
 * books, and payment in cash of the total, in one transaction). The first sale goes step by step
 * ({@link Invoices} then {@link Payments}, six calls and six commits), which also learns the total
 * the checkout tenders; every bench item is a copy of one item, so every sale costs the same.
 */
public final class SaleSdk {
    /** The purity every bench item has. */
    public static final Purity K22 = Purity.ofKarat(22);
    private static final AtomicLong KEYS = new AtomicLong();

    private final Invoices invoices;
    private final Payments payments;
    private final PointOfSale pointOfSale;
    private final CallContext owner;
    private volatile Money saleTotal;

    /**
     * Creates the sale driver.
     *
     * @param shop the engine
     * @param owner who sells
     */
    public SaleSdk(GoldShop shop, CallContext owner) {
        this.invoices = shop.facade(Invoices.class);
        this.payments = shop.facade(Payments.class);
        this.pointOfSale = shop.facade(PointOfSale.class);
        this.owner = owner;
    }

    /**
     * Posts today's rates and creates the stock: one item through the SDK, the rest copied from
     * it by SQL with new ids, SKUs and barcodes (10,000 creates through the API would take
     * minutes and measure nothing the scenario is about).
     *
     * @param shop the engine
     * @param owner who acts
     * @param admin an uncounted pool for the copy
     * @param count how many items
     * @return the items' ids
     */
    public static List<UUID> stock(GoldShop shop, CallContext owner, DataSource admin, int count) {
        MetalRates rates = shop.facade(MetalRates.class);
        rates.post(owner, NewMetalRate.of(MetalType.GOLD, Purity.ofFineness(999), new BigDecimal("60.0000"),
                new BigDecimal("65.0000")));
        rates.post(owner, NewMetalRate.of(MetalType.GOLD, K22, new BigDecimal("55.0000"), new BigDecimal("60.0000")));
        Item template = shop.facade(Inventory.class).create(owner, NewItem.builder("BENCH-0", "22K chain")
                .barcode("BAR-0").kind(ItemKind.COUNTED).metal(MetalType.GOLD, K22)
                .weights(Weight.ofGrams("5.250"), Weight.ZERO).priceMode(PriceMode.WEIGHT)
                .makingCharge(MakingChargeType.PER_GRAM, new BigDecimal("4.00")).wastagePercent(new BigDecimal("2"))
                .costPrice(Money.of(new BigDecimal("280.00"), GoldShop.Builder.DEFAULT_CURRENCY))
                .quantity(1_000_000).build());
        List<String> columns = Sql.column(admin, "SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = 'inventory_items' AND table_schema = current_schema()"
                + " AND is_generated = 'NEVER' ORDER BY ordinal_position");
        StringBuilder select = new StringBuilder();
        for (String column : columns) {
            select.append(select.length() == 0 ? "" : ", ").append(switch (column) {
                case "id" -> "gen_random_uuid()";
                case "sku" -> "'BENCH-' || g";
                case "barcode" -> "'BAR-' || g";
                default -> "t." + column;
            });
        }
        Sql.exec(admin, "INSERT INTO inventory_items (" + String.join(", ", columns) + ") SELECT " + select
                + " FROM inventory_items t, generate_series(1, " + (count - 1) + ") g WHERE t.id = '"
                + template.id() + "'", "ANALYZE inventory_items");
        return Sql.column(admin, "SELECT id::text FROM inventory_items WHERE sku LIKE 'BENCH-%' ORDER BY sku")
                .stream().map(UUID::fromString).toList();
    }

    /**
     * Sells three items, one of each, and takes cash for the total, in one checkout call.
     *
     * @param items the three items
     * @return the paid invoice's id
     */
    public UUID sell(List<UUID> items) {
        Money total = saleTotal;
        if (total == null) {
            return sellStepByStep(items);
        }
        List<NewLine> lines = items.stream().map(item -> NewLine.item(item, 1, null)).toList();
        Sale sale = pointOfSale.sell(owner, SaleRequest.of(null, "bench-" + KEYS.incrementAndGet(), lines,
                Tender.cash(total)));
        return sale.invoice().id();
    }

    /**
     * Sells three items in the six calls of the step-by-step API, and remembers the total.
     *
     * @param items the three items
     * @return the paid invoice's id
     */
    public UUID sellStepByStep(List<UUID> items) {
        Invoice draft = invoices.createDraft(owner, null, null);
        for (UUID item : items) {
            draft = invoices.addLine(owner, draft.id(), NewLine.item(item, 1, null), draft.version());
        }
        Invoice issued = invoices.issue(owner, draft.id(), draft.version());
        payments.pay(owner, PaymentRequest.of(issued.id(), "bench-" + KEYS.incrementAndGet() + "-" + issued.id(),
                Tender.cash(issued.total())));
        saleTotal = issued.total();
        return issued.id();
    }
}
