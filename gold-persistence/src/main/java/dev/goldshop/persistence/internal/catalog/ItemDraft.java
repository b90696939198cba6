package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * The editable fields of an item after {@link ItemRules} checked them and filled in defaults,
 * ready to be written (attributes still as given: the category's template checks them).
 *
 * @param sku the SKU
 * @param barcode the barcode, or null
 * @param name the name
 * @param description the description, or null
 * @param categoryId the category, or null
 * @param kind the kind
 * @param metal the metal, or null
 * @param purity the purity, or null
 * @param gross gross weight
 * @param stone stone weight
 * @param net net weight, gross - stone
 * @param priceMode the price mode
 * @param makingChargeType the making charge's kind
 * @param makingChargeValue the making charge's value
 * @param wastagePercent wastage percentage
 * @param profitPercent profit percentage
 * @param stoneValue the stones' value, or null for 0
 * @param fixedPrice the fixed price, or null
 * @param costPrice the unit cost, or null (0 for a new item, unchanged for an update)
 * @param quantity the opening quantity (new items only)
 * @param minStockLevel reorder threshold
 * @param reorderQuantity reorder size
 * @param hallmarkId the hallmark id, or null
 * @param attributes the attribute values as given
 * @param supplierInfo supplier facts
 */
record ItemDraft(String sku, String barcode, String name, String description, UUID categoryId, ItemKind kind,
        MetalType metal, Purity purity, Weight gross, Weight stone, Weight net, PriceMode priceMode,
        MakingChargeType makingChargeType, BigDecimal makingChargeValue, BigDecimal wastagePercent,
        BigDecimal profitPercent, Money stoneValue, Money fixedPrice, Money costPrice, int quantity,
        int minStockLevel, int reorderQuantity, String hallmarkId, Map<String, Object> attributes,
        Map<String, String> supplierInfo) {
}
