/**
 * The catalogue and the stock: category templates (the attributes items of a category carry),
 * the category tree, inventory items (unique pieces, counted stock and scrap lots), stock
 * movements, search and stock valuation.
 *
 * <p>Three facades, each obtained with {@code shop.facade(...)}:
 * {@link dev.goldshop.core.catalog.CategoryTemplates}, {@link dev.goldshop.core.catalog.Categories}
 * and {@link dev.goldshop.core.catalog.Inventory}. Every method takes the caller's
 * {@link dev.goldshop.core.context.CallContext} first, checks one permission before it looks at
 * any other argument, validates its input before anything is written, and writes exactly one
 * audit row when it changes data.
 *
 * <p>Quantities change only through stock movements (receive, adjust, scrap, sale, return),
 * each recorded in {@code stock_movements} with the quantity after it, so that the stock of an
 * item always equals the sum of its movements.
 */
package dev.goldshop.core.catalog;
