package dev.goldshop.core.catalog;

import dev.goldshop.core.value.CodedEnum;

/** Why the quantity (or, for a scrap lot, the weight) of an item changed. */
public enum MovementKind implements CodedEnum {
    /** Stock came in: a delivery, an item's opening quantity, or old gold into a scrap lot. */
    RECEIVE("receive"),
    /** A correction with a reason: a count, a loss, a piece archived while still in stock. */
    ADJUST("adjust"),
    /** Stock went to a scrap lot (negative on the item, weight added on the lot). */
    SCRAP("scrap"),
    /** Stock left with an invoice. */
    SALE("sale"),
    /** Stock came back with a credit note. */
    RETURN("return");

    private final String code;

    MovementKind(String code) {
        this.code = code;
    }

    /**
     * The code stored in {@code stock_movements.kind}.
     *
     * @return the lower-case code
     */
    @Override
    public String code() {
        return code;
    }
}
