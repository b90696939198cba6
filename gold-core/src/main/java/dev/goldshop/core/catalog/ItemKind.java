package dev.goldshop.core.catalog;

import dev.goldshop.core.value.CodedEnum;

/**
 * How an item is counted. The kind is chosen when the item is created and never changes, since
 * it decides how the item is sold (a unique piece once, counted stock by units).
 */
public enum ItemKind implements CodedEnum {
    /**
     * One piece with one tag, such as a ring: quantity 1 while in stock or reserved, 0 once sold,
     * scrapped or archived; may carry a hallmark id, unique across the stock.
     */
    UNIQUE_PIECE("unique_piece"),
    /** Units of one article, such as coins, bars or findings: any quantity from 0 up. */
    COUNTED("counted"),
    /**
     * Old or broken metal awaiting melting, one lot per metal and purity whose weight
     * accumulates. Created by the SDK itself (old gold taken in exchange, items moved to scrap),
     * never by {@link Inventory#create}.
     */
    SCRAP("scrap");

    private final String code;

    ItemKind(String code) {
        this.code = code;
    }

    /**
     * The code stored in {@code inventory_items.item_kind}.
     *
     * @return the lower-case code
     */
    @Override
    public String code() {
        return code;
    }
}
