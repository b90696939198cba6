package dev.goldshop.core.sales;

import dev.goldshop.core.value.CodedEnum;

/** The two kinds of invoice row: a sale, and a credit note that takes part of a sale back. */
public enum InvoiceType implements CodedEnum {
    /** A sale to a customer or a walk-in. */
    SALE("sale"),
    /** A return of goods from a sale; its amounts are positive and mean money owed back. */
    CREDIT_NOTE("credit_note");

    private final String code;

    InvoiceType(String code) {
        this.code = code;
    }

    /**
     * The code stored in {@code invoices.invoice_type}.
     *
     * @return the lower-case code
     */
    @Override
    public String code() {
        return code;
    }
}
