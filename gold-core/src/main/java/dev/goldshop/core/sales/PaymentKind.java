package dev.goldshop.core.sales;

import dev.goldshop.core.value.CodedEnum;

/** The direction of a payment row: money in, or money (or store credit) given back. */
public enum PaymentKind implements CodedEnum {
    /** Received against a sale. */
    PAYMENT("payment"),
    /**
     * Given back: the refund of a credit note, change for a walk-in's overpayment, or an
     * overpayment kept as store credit.
     */
    REFUND("refund");

    private final String code;

    PaymentKind(String code) {
        this.code = code;
    }

    /**
     * The code stored in {@code payments.kind}.
     *
     * @return the lower-case code
     */
    @Override
    public String code() {
        return code;
    }
}
