package dev.goldshop.core.sales;

import dev.goldshop.core.value.CodedEnum;

/**
 * How a payment was made (or a refund given).
 */
public enum PaymentMethod implements CodedEnum {
    /** Notes and coins; posted to the cash account. */
    CASH("cash"),
    /** A card slip; posted to card clearing until the acquirer settles. */
    CARD("card"),
    /** A bank transfer; posted to the bank account. */
    BANK_TRANSFER("bank_transfer"),
    /** A cheque; posted to cheques in hand until it clears. */
    CHEQUE("cheque"),
    /** Old metal weighed, tested and valued at the buy rate; it becomes scrap stock. */
    OLD_GOLD("old_gold"),
    /** The customer's store credit (overpayments kept, refunds of returns). */
    STORE_CREDIT("store_credit"),
    /**
     * The customer's loyalty points, at the point value in company settings; posted against the
     * loyalty liability. As a refund: the value of points already spent that a return keeps
     * back (see {@link dev.goldshop.core.loyalty.Loyalty}).
     */
    LOYALTY_POINTS("loyalty_points");

    private final String code;

    PaymentMethod(String code) {
        this.code = code;
    }

    /**
     * The code stored in {@code payments.method}.
     *
     * @return the lower-case code
     */
    @Override
    public String code() {
        return code;
    }
}
