package dev.goldshop.core.catalog;

import dev.goldshop.core.value.MetalType;
import java.util.UUID;

/**
 * Which stock {@link Inventory#valuation} counts. Only stock on hand counts: items in stock or
 * reserved with a quantity above 0 (sold and archived items hold none).
 *
 * @param categoryId a category: its items and those of all its sub-categories; {@code null}
 *     for every category and items without one
 * @param metal one metal, or {@code null} for all (items without metal are counted only when
 *     this is {@code null})
 * @param includeScrap whether scrap lots count
 */
public record ValuationFilter(UUID categoryId, MetalType metal, boolean includeScrap) {

    /**
     * All stock on hand, scrap lots included.
     *
     * @return the filter
     */
    public static ValuationFilter all() {
        return new ValuationFilter(null, null, true);
    }
}
