package dev.goldshop.core.sales;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;

/**
 * Old metal of one metal and tested purity taken as payment during a day.
 *
 * @param metal the metal
 * @param purity the tested purity
 * @param weight the total weight
 * @param value what the customers were credited for it
 * @param intakes how many times it was taken
 */
public record OldGoldTaken(MetalType metal, Purity purity, Weight weight, Money value, int intakes) {
}
