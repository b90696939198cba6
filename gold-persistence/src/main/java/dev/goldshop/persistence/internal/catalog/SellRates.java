package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.rates.MetalRate;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.persistence.internal.rates.RateBook;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Today's sell rates for the valuation, from the rates area's {@link RateBook} (its cache, its
 * rule for deriving a purity that was not posted from the fine rate). No permission of its own:
 * the caller of the valuation needs {@code inventory:read}, and the rate behind a stock figure
 * is no secret of the shop (it is posted at the counter).
 */
final class SellRates {
    private final RateBook book;

    SellRates(RateBook book) {
        this.book = book;
    }

    /**
     * The sell rate per gram in effect now on the engine's clock.
     *
     * @param metal the metal
     * @param purity the purity (scrap of a tested purity off the hallmark standards is derived
     *     from the fine rate like any other)
     * @return the rate, or empty when neither the purity nor a fine rate of the metal is posted
     */
    Optional<BigDecimal> current(MetalType metal, Purity purity) {
        return book.current(metal, purity).map(MetalRate::sellRate);
    }
}
