package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.catalog.Valuation;
import dev.goldshop.core.catalog.ValuationFilter;
import dev.goldshop.core.catalog.ValuationLine;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Weight;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.InventoryItemMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link dev.goldshop.core.catalog.Inventory#valuation}: the database sums the stock on hand
 * per metal and purity in one grouped query; the lines are then valued at today's sell rates,
 * read outside that query's transaction so that the rates cache serves them.
 *
 * <p>Per line: net weight = sum of net weight x quantity; fine weight = net weight x purity /
 * 1000 to the milligram (half up); cost = sum of cost price x quantity; market value = net
 * weight x sell rate, rounded half up to the currency's minor unit.
 */
final class StockValuation {
    private static final Comparator<ValuationLine> ORDER = Comparator
            .comparing((ValuationLine l) -> l.metal() == null ? Integer.MAX_VALUE : l.metal().ordinal())
            .thenComparing(l -> l.purity() == null ? BigDecimal.ZERO : l.purity().fineness(), Comparator.reverseOrder());

    private final Calls calls;
    private final StockWriter writer;
    private final CategoryTreeCache tree;
    private final SellRates rates;

    StockValuation(Calls calls, StockWriter writer, CategoryTreeCache tree, SellRates rates) {
        this.calls = calls;
        this.writer = writer;
        this.tree = tree;
        this.rates = rates;
    }

    Valuation valuation(CallContext ctx, ValuationFilter filter) {
        calls.authorize(ctx, Permissions.INVENTORY_READ);
        boolean seesCost = calls.holds(ctx, Permissions.INVENTORY_COST_READ);
        if (filter == null) {
            throw ValidationException.of("filter", null, "is required (ValuationFilter.all() for all stock)");
        }
        List<UUID> subtree = null;
        if (filter.categoryId() != null) {
            subtree = tree.current().subtreeIds(filter.categoryId());
            if (subtree.isEmpty()) {
                throw new NotFoundException("category", filter.categoryId());
            }
        }
        Instant asOf = writer.now();
        ValuationQuery query = new ValuationQuery(subtree, filter.metal(), filter.includeScrap());
        List<ValuationRow> rows = calls.transactions().inTransaction(
                tx -> tx.mapper(InventoryItemMapper.class).selectValuation(query));
        Money zero = Money.zero(writer.currency());
        Money totalCost = zero;
        Money totalMarket = zero;
        boolean complete = true;
        List<ValuationLine> lines = new ArrayList<>();
        for (ValuationRow row : rows) {
            Weight net = Weight.ofGrams(row.netWeight());
            Weight fine = row.purity() == null ? net : row.purity().fineWeight(net);
            Optional<BigDecimal> rate = row.metalType() == null ? Optional.empty()
                    : rates.current(row.metalType(), row.purity());
            Money market = rate.map(r -> Money.of(net.grams().multiply(r), writer.currency(), RoundingMode.HALF_UP))
                    .orElse(null);
            if (row.metalType() != null && rate.isEmpty()) {
                complete = false;
            }
            totalCost = totalCost.plus(row.cost());
            totalMarket = market == null ? totalMarket : totalMarket.plus(market);
            lines.add(new ValuationLine(row.metalType(), row.purity(), row.items(), row.quantity(), net,
                    row.metalType() == null ? Weight.ZERO : fine, seesCost ? row.cost() : null, rate.orElse(null),
                    market));
        }
        lines.sort(ORDER);
        return new Valuation(asOf, lines, seesCost ? totalCost : null, totalMarket, complete);
    }
}
