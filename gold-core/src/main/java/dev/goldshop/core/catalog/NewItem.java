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
 * The input of {@link Inventory#create}; build it with {@link #builder(String, String)}.
 * Everything is checked on save, and every problem is reported at once, by field:
 *
 * <ul>
 *   <li>{@code sku}: 1 to 100 characters of letters, digits and {@code . _ - /}, unique;
 *       {@code barcode}: at most 100 printable characters without spaces, unique;
 *       {@code name}: 1 to 255 characters; {@code description}: at most 4,000.</li>
 *   <li>{@code kind}: {@link ItemKind#UNIQUE_PIECE} (quantity 1; may carry a {@code hallmarkId},
 *       unique) or {@link ItemKind#COUNTED} (quantity 0 or more, no hallmark); scrap lots are
 *       made by the SDK only.</li>
 *   <li>{@code metal} and {@code purity} together or not at all; the purity within the metal's
 *       range ({@link MetalType#accepts}).</li>
 *   <li>Weights: {@code stoneWeight} at most {@code grossWeight}; {@code netWeight} is computed as
 *       gross - stone, and if given must equal it.</li>
 *   <li>{@link PriceMode#WEIGHT}: needs metal, purity, a net weight above 0, a making charge type
 *       and value, and no fixed price; {@link PriceMode#FIXED}: needs a fixed price.</li>
 *   <li>Amounts in the shop's currency and not negative; percentages 0 to 100 with at most two
 *       decimals; a making charge value with at most two decimals (at most 100 as a
 *       percentage).</li>
 *   <li>{@code attributes}: checked against the category's template (required ones present,
 *       types right, choice values allowed, unknown ones refused); without a category or
 *       template, none are accepted.</li>
 *   <li>{@code costPrice}: setting it needs {@code inventory.cost:read} besides
 *       {@code inventory:create}.</li>
 * </ul>
 *
 * @param sku the stock-keeping unit
 * @param barcode the barcode, or {@code null}
 * @param name the name
 * @param description a description, or {@code null}
 * @param categoryId the category, or {@code null}
 * @param kind unique piece or counted stock
 * @param metal the metal, or {@code null}
 * @param purity the fineness, or {@code null}
 * @param grossWeight the weight of the whole piece; {@code null} is taken as 0
 * @param stoneWeight the weight of the stones; {@code null} is taken as 0
 * @param netWeight {@code null} to let the SDK compute gross - stone, or that same value
 * @param priceMode by weight or fixed
 * @param makingChargeType how the making charge is computed; needed for weight pricing
 * @param makingChargeValue the making charge's value; needed for weight pricing
 * @param wastagePercent wastage percentage; {@code null} is taken as 0
 * @param profitPercent profit percentage; {@code null} is taken as 0
 * @param stoneValue the stones' price; {@code null} is taken as 0
 * @param fixedPrice the unit price for fixed pricing, else {@code null}
 * @param costPrice the cost per unit; {@code null} is taken as 0
 * @param quantity units on hand; {@code null} is taken as 1 for a unique piece and 0 for counted
 *     stock. An opening quantity above 0 is recorded as a {@link MovementKind#RECEIVE} movement.
 * @param minStockLevel reorder threshold, 0 or more; {@code null} is taken as 0
 * @param reorderQuantity reorder size, 0 or more; {@code null} is taken as 0
 * @param hallmarkId the hallmark id of a unique piece, or {@code null}
 * @param attributes the template's attribute values
 * @param supplierInfo free facts about the supplier, at most 20 entries of 200 characters
 */
public record NewItem(String sku, String barcode, String name, String description, UUID categoryId, ItemKind kind,
        MetalType metal, Purity purity, Weight grossWeight, Weight stoneWeight, Weight netWeight,
        PriceMode priceMode, MakingChargeType makingChargeType, BigDecimal makingChargeValue,
        BigDecimal wastagePercent, BigDecimal profitPercent, Money stoneValue, Money fixedPrice, Money costPrice,
        Integer quantity, Integer minStockLevel, Integer reorderQuantity, String hallmarkId,
        Map<String, Object> attributes, Map<String, String> supplierInfo) {

    /**
     * Copies the maps (keeping {@code null} values, so that validation can name them).
     */
    public NewItem {
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(attributes));
        supplierInfo = supplierInfo == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(supplierInfo));
    }

    /**
     * Starts a new item: a unique piece priced by weight unless changed.
     *
     * @param sku the stock-keeping unit
     * @param name the name
     * @return the builder
     */
    public static Builder builder(String sku, String name) {
        return new Builder(sku, name);
    }

    /** Collects the fields of a {@link NewItem}; nothing is checked before the item is saved. */
    public static final class Builder {
        private final String sku;
        private final String name;
        private String barcode;
        private String description;
        private UUID categoryId;
        private ItemKind kind = ItemKind.UNIQUE_PIECE;
        private MetalType metal;
        private Purity purity;
        private Weight grossWeight;
        private Weight stoneWeight;
        private Weight netWeight;
        private PriceMode priceMode = PriceMode.WEIGHT;
        private MakingChargeType makingChargeType;
        private BigDecimal makingChargeValue;
        private BigDecimal wastagePercent;
        private BigDecimal profitPercent;
        private Money stoneValue;
        private Money fixedPrice;
        private Money costPrice;
        private Integer quantity;
        private Integer minStockLevel;
        private Integer reorderQuantity;
        private String hallmarkId;
        private final Map<String, Object> attributes = new LinkedHashMap<>();
        private final Map<String, String> supplierInfo = new LinkedHashMap<>();

        private Builder(String sku, String name) {
            this.sku = sku;
            this.name = name;
        }

        /**
         * Sets the barcode.
         *
         * @param value the barcode
         * @return this builder
         */
        public Builder barcode(String value) {
            this.barcode = value;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param value the description
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets the category.
         *
         * @param value the category's id
         * @return this builder
         */
        public Builder category(UUID value) {
            this.categoryId = value;
            return this;
        }

        /**
         * Sets the kind (unique piece by default).
         *
         * @param value the kind
         * @return this builder
         */
        public Builder kind(ItemKind value) {
            this.kind = value;
            return this;
        }

        /**
         * Sets metal and purity.
         *
         * @param metalType the metal
         * @param fineness the purity
         * @return this builder
         */
        public Builder metal(MetalType metalType, Purity fineness) {
            this.metal = metalType;
            this.purity = fineness;
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
            this.grossWeight = gross;
            this.stoneWeight = stone;
            return this;
        }

        /**
         * States the net weight as well, to have it checked against gross - stone.
         *
         * @param value the net weight
         * @return this builder
         */
        public Builder netWeight(Weight value) {
            this.netWeight = value;
            return this;
        }

        /**
         * Prices the item by weight with a making charge.
         *
         * @param type how the making charge is computed
         * @param value its value
         * @return this builder
         */
        public Builder makingCharge(MakingChargeType type, BigDecimal value) {
            this.priceMode = PriceMode.WEIGHT;
            this.makingChargeType = type;
            this.makingChargeValue = value;
            return this;
        }

        /**
         * Sets the wastage percentage.
         *
         * @param value the percentage
         * @return this builder
         */
        public Builder wastagePercent(BigDecimal value) {
            this.wastagePercent = value;
            return this;
        }

        /**
         * Sets the profit percentage.
         *
         * @param value the percentage
         * @return this builder
         */
        public Builder profitPercent(BigDecimal value) {
            this.profitPercent = value;
            return this;
        }

        /**
         * Sets the stones' value.
         *
         * @param value the value
         * @return this builder
         */
        public Builder stoneValue(Money value) {
            this.stoneValue = value;
            return this;
        }

        /**
         * Prices the item at a fixed unit price.
         *
         * @param value the price
         * @return this builder
         */
        public Builder fixedPrice(Money value) {
            this.priceMode = PriceMode.FIXED;
            this.fixedPrice = value;
            return this;
        }

        /**
         * Sets the price mode alone (the price fields are set separately).
         *
         * @param value the mode
         * @return this builder
         */
        public Builder priceMode(PriceMode value) {
            this.priceMode = value;
            return this;
        }

        /**
         * Sets the cost per unit.
         *
         * @param value the cost
         * @return this builder
         */
        public Builder costPrice(Money value) {
            this.costPrice = value;
            return this;
        }

        /**
         * Sets the opening quantity.
         *
         * @param value units on hand
         * @return this builder
         */
        public Builder quantity(int value) {
            this.quantity = value;
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
            this.minStockLevel = minimum;
            this.reorderQuantity = reorder;
            return this;
        }

        /**
         * Sets the hallmark id.
         *
         * @param value the HUID
         * @return this builder
         */
        public Builder hallmarkId(String value) {
            this.hallmarkId = value;
            return this;
        }

        /**
         * Sets one attribute value.
         *
         * @param key the attribute's name in the template
         * @param value the value
         * @return this builder
         */
        public Builder attribute(String key, Object value) {
            this.attributes.put(key, value);
            return this;
        }

        /**
         * Sets one supplier fact.
         *
         * @param key for example {@code name} or {@code reference}
         * @param value the fact
         * @return this builder
         */
        public Builder supplier(String key, String value) {
            this.supplierInfo.put(key, value);
            return this;
        }

        /**
         * Builds the input; it is checked when the item is created.
         *
         * @return the input
         */
        public NewItem build() {
            return new NewItem(sku, barcode, name, description, categoryId, kind, metal, purity, grossWeight,
                    stoneWeight, netWeight, priceMode, makingChargeType, makingChargeValue, wastagePercent,
                    profitPercent, stoneValue, fixedPrice, costPrice, quantity, minStockLevel, reorderQuantity,
                    hallmarkId, attributes, supplierInfo);
        }
    }
}
