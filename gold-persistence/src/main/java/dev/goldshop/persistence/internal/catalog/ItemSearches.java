package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.catalog.ItemSearch;
import dev.goldshop.core.catalog.ItemStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns an {@link ItemSearch} into the mapper's {@link ItemQuery}: checks the criteria, escapes
 * LIKE wildcards in the text the caller typed (a {@code %} in a name search means a percent
 * sign), and puts in the subtree of the category and the keyset position.
 */
final class ItemSearches {
    private static final int MAX_TEXT = 255;

    private ItemSearches() {
    }

    /**
     * Checks the criteria.
     *
     * @param search the criteria, possibly null
     * @throws dev.goldshop.core.error.ValidationException naming each invalid criterion
     */
    static void check(ItemSearch search) {
        Fields fields = new Fields();
        if (search == null) {
            fields.reject("search", null, "is required (ItemSearch.all() for every item)");
            fields.throwIfAny();
        }
        notBlank(fields, "sku", search.sku(), 100);
        notBlank(fields, "barcode", search.barcode(), 100);
        notBlank(fields, "nameContains", search.nameContains(), MAX_TEXT);
        notBlank(fields, "nameStartsWith", search.nameStartsWith(), MAX_TEXT);
        if (search.purity() != null && search.metal() == null) {
            fields.reject("metal", null, "is required when a purity is searched");
        }
        if (search.minNetWeight() != null && search.maxNetWeight() != null
                && search.minNetWeight().compareTo(search.maxNetWeight()) > 0) {
            fields.reject("minNetWeight", search.minNetWeight(), "must not exceed maxNetWeight "
                    + search.maxNetWeight());
        }
        fields.throwIfAny();
    }

    /**
     * The query for one page.
     *
     * @param search checked criteria
     * @param subtree the category and its descendants, or null when no category is searched
     * @param afterName the name of the last item of the previous page, or null
     * @param afterId the id of the last item of the previous page, or null
     * @param limit rows to read
     * @return the query
     */
    static ItemQuery query(ItemSearch search, List<UUID> subtree, String afterName, UUID afterId, int limit) {
        List<ItemStatus> statuses = search.statuses().isEmpty() ? null : new ArrayList<>(search.statuses());
        return new ItemQuery(search.sku(), search.barcode(),
                search.nameContains() == null ? null : "%" + escape(search.nameContains()) + "%",
                search.nameStartsWith() == null ? null : escape(search.nameStartsWith()) + "%",
                subtree, search.metal(), search.purity(), statuses, search.kind(), search.minNetWeight(),
                search.maxNetWeight(), afterName, afterId, limit);
    }

    private static void notBlank(Fields fields, String field, String value, int max) {
        if (value != null) {
            if (value.isBlank()) {
                fields.reject(field, value, "must not be blank (leave it out to match any)");
            } else {
                fields.optionalText(field, value, max);
            }
        }
    }

    /** Escapes LIKE's wildcards and its escape character (backslash, PostgreSQL's default). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
