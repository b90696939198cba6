package dev.goldshop.core.pricing;

import dev.goldshop.core.value.CodedEnum;

/**
 * What a line's tax is charged on. Markets differ: India's GST and the Gulf's VAT tax the whole
 * price of jewellery, while Iran's VAT taxes only what the shop added to the metal (labour,
 * profit, stones), since the metal itself is treated as a commodity.
 */
public enum TaxPolicy implements CodedEnum {
    /** Tax on the whole subtotal (after discount): India GST, Gulf VAT. */
    FULL("full"),
    /**
     * Tax on the subtotal less the metal value, never below zero: what was added to the metal
     * (Iran VAT on wage, profit and accessories).
     */
    VALUE_ADDED("value_added");

    private final String code;

    TaxPolicy(String code) {
        this.code = code;
    }

    /**
     * The code stored in {@code company_settings.tax_policy}.
     *
     * @return {@code full} or {@code value_added}
     */
    @Override
    public String code() {
        return code;
    }
}
