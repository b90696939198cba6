package dev.goldshop.core.sales;

import dev.goldshop.core.value.CodedEnum;

/**
 * Where an invoice is in its life (DOMAIN.md "Life of a sale"): draft, then issued, partly paid
 * and paid; or voided (before any payment) or returned (every line taken back).
 */
public enum InvoiceStatus implements CodedEnum {
    /** Editable; prices follow the current rates; no number, no stock taken, nothing posted. */
    DRAFT("draft"),
    /** Numbered, prices frozen, stock taken, books posted; nothing paid yet. */
    ISSUED("issued"),
    /** Some of the balance is paid. */
    PARTIALLY_PAID("partially_paid"),
    /**
     * Nothing is left to pay (a credit note is always settled in full when it is made, so it is
     * {@code PAID} from the start).
     */
    PAID("paid"),
    /** Cancelled before any payment: stock restocked and the issue's postings reversed. */
    VOIDED("voided"),
    /** Every unit of every line was taken back through credit notes. */
    RETURNED("returned");

    private final String code;

    InvoiceStatus(String code) {
        this.code = code;
    }

    /**
     * The code stored in {@code invoices.status}.
     *
     * @return the lower-case code
     */
    @Override
    public String code() {
        return code;
    }
}
