package dev.goldshop.core.catalog;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * What {@link Inventory#search} looks for; every criterion given must hold (they combine with
 * AND), and a criterion left {@code null} (or an empty status set) does not restrict. Build it
 * with {@link #builder()}. Results come by name (case-insensitive), then id.
 *
 * @param sku the exact SKU
 * @param barcode the exact barcode
 * @param nameContains text the name contains, case-insensitive (at most 255 characters)
 * @param nameStartsWith text the name starts with, case-insensitive (at most 255 characters)
 * @param categoryId a category: items in it or in any of its sub-categories, at any depth
 * @param metal the metal
 * @param purity the fineness
 * @param statuses the statuses accepted; empty for any
 * @param kind the kind
 * @param minNetWeight the lowest net weight, inclusive
 * @param maxNetWeight the highest net weight, inclusive
 */
public record ItemSearch(String sku, String barcode, String nameContains, String nameStartsWith, UUID categoryId,
        MetalType metal, Purity purity, Set<ItemStatus> statuses, ItemKind kind, Weight minNetWeight,
        Weight maxNetWeight) {

    /**
     * Copies the status set; {@code null} is taken as empty.
     */
    public ItemSearch {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
    }

    /**
     * A search without criteria: every item.
     *
     * @return the search
     */
    public static ItemSearch all() {
        return builder().build();
    }

    /**
     * Starts a search.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the criteria of an {@link ItemSearch}. */
    public static final class Builder {
        private String sku;
        private String barcode;
        private String nameContains;
        private String nameStartsWith;
        private UUID categoryId;
        private MetalType metal;
        private Purity purity;
        private final Set<ItemStatus> statuses = EnumSet.noneOf(ItemStatus.class);
        private ItemKind kind;
        private Weight minNetWeight;
        private Weight maxNetWeight;

        private Builder() {
        }

        /**
         * Only the item with this SKU.
         *
         * @param value the SKU
         * @return this builder
         */
        public Builder sku(String value) {
            sku = value;
            return this;
        }

        /**
         * Only the item with this barcode.
         *
         * @param value the barcode
         * @return this builder
         */
        public Builder barcode(String value) {
            barcode = value;
            return this;
        }

        /**
         * Names containing this text, ignoring case.
         *
         * @param value the text
         * @return this builder
         */
        public Builder nameContains(String value) {
            nameContains = value;
            return this;
        }

        /**
         * Names starting with this text, ignoring case.
         *
         * @param value the text
         * @return this builder
         */
        public Builder nameStartsWith(String value) {
            nameStartsWith = value;
            return this;
        }

        /**
         * Items of this category or any of its sub-categories.
         *
         * @param value the category
         * @return this builder
         */
        public Builder category(UUID value) {
            categoryId = value;
            return this;
        }

        /**
         * Items of this metal, and of this purity if given.
         *
         * @param metalType the metal
         * @param fineness the purity, or {@code null} for any
         * @return this builder
         */
        public Builder metal(MetalType metalType, Purity fineness) {
            metal = metalType;
            purity = fineness;
            return this;
        }

        /**
         * Items in one of these statuses (may be called more than once).
         *
         * @param values the statuses
         * @return this builder
         */
        public Builder status(ItemStatus... values) {
            statuses.addAll(java.util.Arrays.asList(values));
            return this;
        }

        /**
         * Items of this kind.
         *
         * @param value the kind
         * @return this builder
         */
        public Builder kind(ItemKind value) {
            kind = value;
            return this;
        }

        /**
         * Items whose net weight lies in a range (either bound may be {@code null}).
         *
         * @param min the lowest, inclusive
         * @param max the highest, inclusive
         * @return this builder
         */
        public Builder netWeightBetween(Weight min, Weight max) {
            minNetWeight = min;
            maxNetWeight = max;
            return this;
        }

        /**
         * Builds the search.
         *
         * @return the search
         */
        public ItemSearch build() {
            return new ItemSearch(sku, barcode, nameContains, nameStartsWith, categoryId, metal, purity, statuses,
                    kind, minNetWeight, maxNetWeight);
        }
    }
}
