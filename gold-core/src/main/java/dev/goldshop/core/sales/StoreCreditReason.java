package dev.goldshop.core.sales;

import dev.goldshop.core.value.CodedEnum;

/** Why a customer's store credit moved. */
public enum StoreCreditReason implements CodedEnum {
    /** An overpayment was kept as credit (+). */
    OVERPAYMENT("overpayment"),
    /** A return was refunded as credit (+). */
    REFUND("refund"),
    /** Credit paid for a sale (-). */
    REDEMPTION("redemption");

    private final String code;

    StoreCreditReason(String code) {
        this.code = code;
    }

    /**
     * The code stored in {@code store_credit_entries.reason}.
     *
     * @return the lower-case code
     */
    @Override
    public String code() {
        return code;
    }
}
