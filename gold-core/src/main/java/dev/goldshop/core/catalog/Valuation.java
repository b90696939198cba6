package dev.goldshop.core.catalog;

import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.util.List;

/**
 * Stock valuation at cost and at today's sell rates.
 *
 * <p>Market value is the metal value only (net weight x the day's sell rate per gram), the
 * figure the trade uses for stock: making charges, stones and profit are a retail price, not a
 * value of the stock. Items without metal have no market value at rates.
 *
 * @param asOf the engine-clock instant whose rates were used
 * @param lines one line per metal and purity, metals in declaration order and purities highest
 *     first, then the line of items without metal if any
 * @param totalCost the sum of the lines' cost, or {@code null} without
 *     {@code inventory.cost:read}
 * @param totalMarketValue the sum of the lines' market value (lines without a rate add nothing)
 * @param complete whether every line with a metal had a rate; if not, {@code totalMarketValue}
 *     leaves those lines out
 */
public record Valuation(Instant asOf, List<ValuationLine> lines, Money totalCost, Money totalMarketValue,
        boolean complete) {

    /**
     * Copies the lines.
     */
    public Valuation {
        lines = List.copyOf(lines);
    }
}
