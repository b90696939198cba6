package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.value.MetalType;
import java.util.List;
import java.util.UUID;

/**
 * What the valuation sums: a null field does not restrict.
 *
 * @param categoryIds the categories of a subtree
 * @param metal the metal
 * @param includeScrap whether scrap lots count
 */
public record ValuationQuery(List<UUID> categoryIds, MetalType metal, boolean includeScrap) {
}
