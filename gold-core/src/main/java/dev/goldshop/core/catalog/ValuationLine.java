package dev.goldshop.core.catalog;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;

/**
 * The stock of one metal and purity (or of the items without metal), valued.
 *
 * @param metal the metal, or {@code null} for items without metal
 * @param purity the purity, or {@code null} for items without metal
 * @param items how many items (rows) hold stock
 * @param quantity how many units they hold
 * @param netWeight their net weight: the sum of net weight x quantity
 * @param fineWeight the pure metal in it: net weight x purity / 1000, to the milligram
 * @param cost the sum of cost price x quantity, or {@code null} without
 *     {@code inventory.cost:read}
 * @param sellRate today's sell rate per gram for this metal and purity, or {@code null} when no
 *     rate is posted or derivable, and for items without metal
 * @param marketValue net weight x sell rate, rounded half up to the currency's minor unit; or
 *     {@code null} when there is no rate
 */
public record ValuationLine(MetalType metal, Purity purity, long items, long quantity, Weight netWeight,
        Weight fineWeight, Money cost, BigDecimal sellRate, Money marketValue) {
}
