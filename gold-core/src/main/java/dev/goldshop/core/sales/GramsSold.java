package dev.goldshop.core.sales;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;

/**
 * Net metal weight of one metal and purity that left with sales, and came back with returns,
 * during a day (net weight of a piece x units).
 *
 * @param metal the metal
 * @param purity the purity
 * @param sold grams on sales issued that day (not voided)
 * @param returned grams on credit notes of that day
 * @param netGrams sold - returned, in grams; negative when more came back than left that day
 */
public record GramsSold(MetalType metal, Purity purity, Weight sold, Weight returned, BigDecimal netGrams) {
}
