/**
 * Immutable value types of the trade: {@link dev.goldshop.core.value.Money},
 * {@link dev.goldshop.core.value.Weight}, {@link dev.goldshop.core.value.Purity} and
 * {@link dev.goldshop.core.value.MetalType}.
 *
 * <p>Every amount and weight is an exact {@link java.math.BigDecimal} at a fixed scale, so that
 * what the SDK computes is, to the last cent and milligram, what the shop writes on the invoice
 * and stores in the database. Nothing here uses binary floating point. Invalid values are
 * refused when constructed, with a message that names the value and what would have been
 * accepted, so that a value type that exists is always valid.
 */
package dev.goldshop.core.value;
