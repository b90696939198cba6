package dev.goldshop.persistence.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.ItemStatus;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code inventory_items} as the SDK reads and writes it (the image columns belong
 * to the media module and are left alone). Attributes and supplier facts stay JSON here.
 *
 * @param id the item
 * @param sku the SKU
 * @param barcode the barcode, or null
 * @param name the name
 * @param description the description, or null
 * @param categoryId the category, or null
 * @param itemKind unique piece, counted or scrap
 * @param status the status
 * @param metalType the metal, or null
 * @param purity the purity, or null
 * @param grossWeight gross weight
 * @param stoneWeight stone weight
 * @param netWeight net weight
 * @param priceMode weight or fixed
 * @param makingChargeType the making charge's kind
 * @param makingChargeValue the making charge's value
 * @param wastagePercent wastage percentage
 * @param profitPercent profit percentage
 * @param stoneValue the stones' value
 * @param fixedPrice the fixed unit price, or null
 * @param costPrice the unit cost (the lot's cost for scrap)
 * @param quantity units on hand
 * @param minStockLevel reorder threshold
 * @param reorderQuantity reorder size
 * @param hallmarkId the hallmark id, or null
 * @param attributes the attribute values, a JSON object
 * @param supplierInfo supplier facts, a JSON object, or null
 * @param createdAt when created
 * @param updatedAt when last changed
 * @param version the optimistic-lock version
 */
public record ItemRow(UUID id, String sku, String barcode, String name, String description, UUID categoryId,
        ItemKind itemKind, ItemStatus status, MetalType metalType, Purity purity, Weight grossWeight,
        Weight stoneWeight, Weight netWeight, PriceMode priceMode, MakingChargeType makingChargeType,
        BigDecimal makingChargeValue, BigDecimal wastagePercent, BigDecimal profitPercent, Money stoneValue,
        Money fixedPrice, Money costPrice, int quantity, int minStockLevel, int reorderQuantity, String hallmarkId,
        JsonNode attributes, JsonNode supplierInfo, Instant createdAt, Instant updatedAt, long version) {
}
