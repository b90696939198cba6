package dev.goldshop.core.catalog;

import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An inventory item as read: a unique piece, counted stock or a scrap lot. Weights are per
 * piece (a scrap lot: the whole lot). The cost price is {@code null} unless the caller holds
 * {@code inventory.cost:read}.
 *
 * <p>Attribute values come back in JSON's own types: {@link String} for text, choice and date
 * ({@code yyyy-MM-dd}), {@link BigDecimal} for number and weight, {@link Boolean} for yes/no;
 * the same values are accepted back by {@link ItemUpdate}.
 *
 * @param id the item's id
 * @param sku the stock-keeping unit, unique
 * @param barcode the barcode, unique, or {@code null}
 * @param name the name shown on tags and invoices
 * @param description a description, or {@code null}
 * @param categoryId the category, or {@code null}
 * @param kind unique piece, counted stock or scrap lot
 * @param status where the item stands
 * @param metal the metal, or {@code null} for an item with none
 * @param purity the fineness, or {@code null} exactly when {@code metal} is
 * @param grossWeight the weight of the whole piece
 * @param stoneWeight the weight of what is not metal
 * @param netWeight gross less stone weight
 * @param priceMode by weight or at a fixed price
 * @param makingChargeType how the making charge is computed (used for weight-priced items)
 * @param makingChargeValue amount per gram, percentage, or amount per piece, by type
 * @param wastagePercent wastage as a percentage of the metal value
 * @param profitPercent profit as a percentage of metal, wastage and making
 * @param stoneValue the stones' own price
 * @param fixedPrice the unit price of a fixed-priced item, or {@code null}
 * @param costPrice the cost per unit (per lot for scrap), or {@code null} when masked
 * @param quantity units on hand
 * @param minStockLevel the level below which a reorder is suggested
 * @param reorderQuantity how many units a reorder suggests
 * @param hallmarkId the assay office's mark (HUID) of a unique piece, or {@code null}
 * @param attributes values of the category template's attributes
 * @param supplierInfo free facts about the supplier (name, reference, ...)
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param version the optimistic-lock version
 */
public record Item(UUID id, String sku, String barcode, String name, String description, UUID categoryId,
        ItemKind kind, ItemStatus status, MetalType metal, Purity purity, Weight grossWeight, Weight stoneWeight,
        Weight netWeight, PriceMode priceMode, MakingChargeType makingChargeType, BigDecimal makingChargeValue,
        BigDecimal wastagePercent, BigDecimal profitPercent, Money stoneValue, Money fixedPrice, Money costPrice,
        int quantity, int minStockLevel, int reorderQuantity, String hallmarkId, Map<String, Object> attributes,
        Map<String, String> supplierInfo, Instant createdAt, Instant updatedAt, long version) {

    /**
     * Copies the maps.
     */
    public Item {
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(attributes));
        supplierInfo = supplierInfo == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(supplierInfo));
    }

    /**
     * The fine (pure) metal in one piece: net weight x purity / 1000, to the milligram.
     *
     * @return the fine weight, or empty for an item without metal
     */
    public Optional<Weight> fineWeight() {
        return purity == null ? Optional.empty() : Optional.of(purity.fineWeight(netWeight));
    }

    /**
     * A copy without the cost price, for a caller who may not see it.
     *
     * @return the copy
     */
    public Item withoutCost() {
        return new Item(id, sku, barcode, name, description, categoryId, kind, status, metal, purity, grossWeight,
                stoneWeight, netWeight, priceMode, makingChargeType, makingChargeValue, wastagePercent,
                profitPercent, stoneValue, fixedPrice, null, quantity, minStockLevel, reorderQuantity, hallmarkId,
                attributes, supplierInfo, createdAt, updatedAt, version);
    }
}
