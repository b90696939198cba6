package dev.goldshop.core.loyalty;

import dev.goldshop.core.value.CodedEnum;

/** What moved a customer's points; the sign of an entry follows from it. */
public enum PointsTransactionType implements CodedEnum {
    /** Earned on a payment: always positive. */
    EARNED("earned"),
    /** Spent as a payment: always negative. */
    REDEEMED("redeemed"),
    /** Left unspent past their expiry date: always negative. */
    EXPIRED("expired"),
    /**
     * Changed by hand, taken back by a return (what the sale earned, negative), or given back by
     * a return (what the sale was paid with in points, positive): either sign.
     */
    ADJUSTED("adjusted");

    private final String code;

    PointsTransactionType(String code) {
        this.code = code;
    }

    /**
     * The code stored in {@code customer_loyalty_points.transaction_type}.
     *
     * @return the lower-case code
     */
    @Override
    public String code() {
        return code;
    }
}
