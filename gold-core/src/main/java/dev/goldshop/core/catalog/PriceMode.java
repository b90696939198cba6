package dev.goldshop.core.catalog;

import dev.goldshop.core.value.CodedEnum;

/** How an item is priced at sale. */
public enum PriceMode implements CodedEnum {
    /**
     * By weight at the day's rate: net weight x sell rate, plus wastage, making charge, profit
     * and stones (DOMAIN.md "Pricing"). Needs a metal, a purity and a making charge.
     */
    WEIGHT("weight"),
    /** At a fixed price per unit, whatever the rates. */
    FIXED("fixed");

    private final String code;

    PriceMode(String code) {
        this.code = code;
    }

    /**
     * The code stored in {@code inventory_items.price_mode}.
     *
     * @return the lower-case code
     */
    @Override
    public String code() {
        return code;
    }
}
