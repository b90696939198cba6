package dev.goldshop.core.catalog;

import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The editable fields of an item, the input of {@link Inventory#update}. An update replaces all
 * of them at once (start from {@link #from(Item)} and change what is needed), except the cost
 * price, which stays as it is when {@code null}.
 *
 * <p>The fields are an allow-list: the kind, quantity and status cannot be set here at all.
 * Quantities change through stock movements ({@code stock:adjust}), the status through
 * {@link Inventory#reserve}, {@link Inventory#release}, {@link Inventory#archive} and sales.
 * Setting the cost price needs {@code inventory.cost:read} besides {@code inventory:update}.
 * The rules of {@link NewItem} apply to every field.
 *
 * @param sku the stock-keeping unit
 * @param barcode the barcode, or {@code null}
 * @param name the name
 * @param description a description, or {@code null}
 * @param categoryId the category, or {@code null}
 * @param metal the metal, or {@code null}
 * @param purity the fineness, or {@code null}
 * @param grossWeight the weight of the whole piece; {@code null} is taken as 0
 * @param stoneWeight the weight of the stones; {@code null} is taken as 0
 * @param netWeight {@code null} to compute gross - stone, or that same value
 * @param priceMode by weight or fixed
 * @param makingChargeType how the making charge is computed
 * @param makingChargeValue the making charge's value
 * @param wastagePercent wastage percentage; {@code null} is taken as 0
 * @param profitPercent profit percentage; {@code null} is taken as 0
 * @param stoneValue the stones' price; {@code null} is taken as 0
 * @param fixedPrice the unit price for fixed pricing, else {@code null}
 * @param costPrice the new cost per unit, or {@code null} to keep the current one
 * @param minStockLevel reorder threshold; {@code null} is taken as 0
 * @param reorderQuantity reorder size; {@code null} is taken as 0
 * @param hallmarkId the hallmark id of a unique piece, or {@code null}
 * @param attributes the template's attribute values
 * @param supplierInfo free facts about the supplier
 */
public record ItemUpdate(String sku, String barcode, String name, String description, UUID categoryId,
        MetalType metal, Purity purity, Weight grossWeight, Weight stoneWeight, Weight netWeight,
        PriceMode priceMode, MakingChargeType makingChargeType, BigDecimal makingChargeValue,
        BigDecimal wastagePercent, BigDecimal profitPercent, Money stoneValue, Money fixedPrice, Money costPrice,
        Integer minStockLevel, Integer reorderQuantity, String hallmarkId, Map<String, Object> attributes,
        Map<String, String> supplierInfo) {

    /**
     * Copies the maps (keeping {@code null} values, so that validation can name them).
     */
    public ItemUpdate {
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(attributes));
        supplierInfo = supplierInfo == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(supplierInfo));
    }

    /**
     * Starts an update from an item's current values, with the cost price unchanged.
     *
     * @param item the item as read
     * @return a builder holding the item's editable fields
     */
    public static Builder from(Item item) {
        return new Builder(item);
    }

    /** Changes some fields of an item's current values. */
    public static final class Builder {
        private String sku;
        private String barcode;
        private String name;
        private String description;
        private UUID categoryId;
        private MetalType metal;
        private Purity purity;
        private Weight grossWeight;
        private Weight stoneWeight;
        private Weight netWeight;
        private PriceMode priceMode;
        private MakingChargeType makingChargeType;
        private BigDecimal makingChargeValue;
        private BigDecimal wastagePercent;
        private BigDecimal profitPercent;
        private Money stoneValue;
        private Money fixedPrice;
        private Money costPrice;
        private Integer minStockLevel;
        private Integer reorderQuantity;
        private String hallmarkId;
        private final Map<String, Object> attributes;
        private final Map<String, String> supplierInfo;

        private Builder(Item item) {
            sku = item.sku();
            barcode = item.barcode();
            name = item.name();
            description = item.description();
            categoryId = item.categoryId();
            metal = item.metal();
            purity = item.purity();
            grossWeight = item.grossWeight();
            stoneWeight = item.stoneWeight();
            priceMode = item.priceMode();
            makingChargeType = item.makingChargeType();
            makingChargeValue = item.makingChargeValue();
            wastagePercent = item.wastagePercent();
            profitPercent = item.profitPercent();
            stoneValue = item.stoneValue();
            fixedPrice = item.fixedPrice();
            minStockLevel = item.minStockLevel();
            reorderQuantity = item.reorderQuantity();
            hallmarkId = item.hallmarkId();
            attributes = new LinkedHashMap<>(item.attributes());
            supplierInfo = new LinkedHashMap<>(item.supplierInfo());
        }

        /**
         * Sets the SKU.
         *
         * @param value the SKU
         * @return this builder
         */
        public Builder sku(String value) {
            sku = value;
            return this;
        }

        /**
         * Sets or clears the barcode.
         *
         * @param value the barcode, or {@code null}
         * @return this builder
         */
        public Builder barcode(String value) {
            barcode = value;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * Sets or clears the description.
         *
         * @param value the description, or {@code null}
         * @return this builder
         */
        public Builder description(String value) {
            description = value;
            return this;
        }

        /**
         * Moves the item to another category, or to none.
         *
         * @param value the category, or {@code null}
         * @return this builder
         */
        public Builder category(UUID value) {
            categoryId = value;
            return this;
        }

        /**
         * Sets metal and purity.
         *
         * @param metalType the metal, or {@code null}
         * @param fineness the purity, or {@code null}
         * @return this builder
         */
        public Builder metal(MetalType metalType, Purity fineness) {
            metal = metalType;
            purity = fineness;
            return this;
        }

        /**
         * Sets gross and stone weight; the net weight is computed.
         *
         * @param gross the whole piece
         * @param stone the stones
         * @return this builder
         */
        public Builder weights(Weight gross, Weight stone) {
            grossWeight = gross;
            stoneWeight = stone;
            return this;
        }

        /**
         * States the net weight as well, to have it checked against gross - stone.
         *
         * @param value the net weight
         * @return this builder
         */
        public Builder netWeight(Weight value) {
            netWeight = value;
            return this;
        }

        /**
         * Prices the item by weight with a making charge, clearing any fixed price.
         *
         * @param type how the making charge is computed
         * @param value its value
         * @return this builder
         */
        public Builder makingCharge(MakingChargeType type, BigDecimal value) {
            priceMode = PriceMode.WEIGHT;
            makingChargeType = type;
            makingChargeValue = value;
            fixedPrice = null;
            return this;
        }

        /**
         * Sets the wastage percentage.
         *
         * @param value the percentage
         * @return this builder
         */
        public Builder wastagePercent(BigDecimal value) {
            wastagePercent = value;
            return this;
        }

        /**
         * Sets the profit percentage.
         *
         * @param value the percentage
         * @return this builder
         */
        public Builder profitPercent(BigDecimal value) {
            profitPercent = value;
            return this;
        }

        /**
         * Sets the stones' value.
         *
         * @param value the value
         * @return this builder
         */
        public Builder stoneValue(Money value) {
            stoneValue = value;
            return this;
        }

        /**
         * Prices the item at a fixed unit price.
         *
         * @param value the price
         * @return this builder
         */
        public Builder fixedPrice(Money value) {
            priceMode = PriceMode.FIXED;
            fixedPrice = value;
            return this;
        }

        /**
         * Sets a new cost per unit (needs {@code inventory.cost:read}).
         *
         * @param value the cost
         * @return this builder
         */
        public Builder costPrice(Money value) {
            costPrice = value;
            return this;
        }

        /**
         * Sets the reorder threshold and size.
         *
         * @param minimum the level below which a reorder is suggested
         * @param reorder how many units to reorder
         * @return this builder
         */
        public Builder reorder(int minimum, int reorder) {
            minStockLevel = minimum;
            reorderQuantity = reorder;
            return this;
        }

        /**
         * Sets or clears the hallmark id.
         *
         * @param value the HUID, or {@code null}
         * @return this builder
         */
        public Builder hallmarkId(String value) {
            hallmarkId = value;
            return this;
        }

        /**
         * Sets one attribute value.
         *
         * @param key the attribute's name
         * @param value the value
         * @return this builder
         */
        public Builder attribute(String key, Object value) {
            attributes.put(key, value);
            return this;
        }

        /**
         * Removes one attribute value.
         *
         * @param key the attribute's name
         * @return this builder
         */
        public Builder removeAttribute(String key) {
            attributes.remove(key);
            return this;
        }

        /**
         * Sets one supplier fact.
         *
         * @param key the fact's name
         * @param value the fact
         * @return this builder
         */
        public Builder supplier(String key, String value) {
            supplierInfo.put(key, value);
            return this;
        }

        /**
         * Builds the update; it is checked when applied.
         *
         * @return the update
         */
        public ItemUpdate build() {
            return new ItemUpdate(sku, barcode, name, description, categoryId, metal, purity, grossWeight,
                    stoneWeight, netWeight, priceMode, makingChargeType, makingChargeValue, wastagePercent,
                    profitPercent, stoneValue, fixedPrice, costPrice, minStockLevel, reorderQuantity, hallmarkId,
                    attributes, supplierInfo);
        }
    }
}
