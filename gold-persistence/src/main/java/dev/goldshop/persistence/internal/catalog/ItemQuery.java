package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.ItemStatus;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.util.List;
import java.util.UUID;

/**
 * The parameters of one page of an item search, as the mapper's SQL reads them: checked and
 * prepared by {@link ItemSearches} (LIKE patterns escaped, a category expanded to its subtree).
 * A null field does not restrict.
 *
 * @param sku exact SKU
 * @param barcode exact barcode
 * @param containsPattern {@code %text%} for lower(name) LIKE lower(pattern), wildcards in the text
 *     escaped (lower-cased by the database, as the index is)
 * @param prefixPattern {@code text%} likewise
 * @param categoryIds the categories of a subtree
 * @param metal the metal
 * @param purity the purity
 * @param statuses accepted statuses
 * @param kind the kind
 * @param minNetWeight lowest net weight, inclusive
 * @param maxNetWeight highest net weight, inclusive
 * @param afterName the name of the last item of the previous page (lower-cased by the database)
 * @param afterId the id of the last item of the previous page; null for the first page
 * @param limit how many rows to read (one more than the page, to know whether more follow)
 */
public record ItemQuery(String sku, String barcode, String containsPattern, String prefixPattern,
        List<UUID> categoryIds, MetalType metal, Purity purity, List<ItemStatus> statuses, ItemKind kind,
        Weight minNetWeight, Weight maxNetWeight, String afterName, UUID afterId, int limit) {
}
