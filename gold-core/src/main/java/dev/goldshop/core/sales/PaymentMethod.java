package dev.goldshop.core.sales;

import dev.goldshop.core.value.CodedEnum;

/**
 * How a payment was made (or a refund given). Loyalty points as a method come with the
 * loyalty programme.
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
    STORE_CREDIT("store_credit");

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
