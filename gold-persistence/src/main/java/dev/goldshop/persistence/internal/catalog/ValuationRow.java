package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import java.math.BigDecimal;

/**
 * The stock of one metal and purity, summed by the database.
 *
 * @param metalType the metal, or null for items without metal
 * @param purity the purity, or null
 * @param items how many rows hold stock
 * @param quantity how many units
 * @param netWeight sum of net weight x quantity, grams
 * @param cost sum of cost price x quantity
 */
public record ValuationRow(MetalType metalType, Purity purity, long items, long quantity, BigDecimal netWeight,
        Money cost) {
}
