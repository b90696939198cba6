package dev.goldshop.core.catalog;

import dev.goldshop.core.value.CodedEnum;

/**
 * Where an item stands. Transitions: {@code IN_STOCK <-> RESERVED} (unique pieces, through
 * {@link Inventory#reserve} and {@link Inventory#release}); {@code IN_STOCK -> SOLD} by a sale
 * only, and back by a return; {@code IN_STOCK} or {@code RESERVED -> ARCHIVED} through
 * {@link Inventory#archive} or when a unique piece is moved to scrap. Counted stock stays
 * {@code IN_STOCK} at any quantity, including 0, until it is archived.
 */
public enum ItemStatus implements CodedEnum {
    /** On hand and for sale. */
    IN_STOCK("in_stock"),
    /** A unique piece held for a customer; still stock, not for sale to others. */
    RESERVED("reserved"),
    /** A unique piece that was sold; its record is history and is no longer edited. */
    SOLD("sold"),
    /** Withdrawn from the stock; kept for history. */
    ARCHIVED("archived");

    private final String code;

    ItemStatus(String code) {
        this.code = code;
    }

    /**
     * The code stored in {@code inventory_items.status}.
     *
     * @return the lower-case code
     */
    @Override
    public String code() {
        return code;
    }
}
