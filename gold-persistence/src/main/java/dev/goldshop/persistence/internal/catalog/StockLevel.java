package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.value.Money;

/**
 * What an atomic stock statement returns: the item's stock right after it.
 *
 * @param quantity units on hand after the change
 * @param costPrice the unit cost after the change
 * @param minStockLevel the reorder threshold, for the stock-changed event
 */
public record StockLevel(int quantity, Money costPrice, int minStockLevel) {
}
