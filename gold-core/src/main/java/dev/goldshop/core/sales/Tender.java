package dev.goldshop.core.sales;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;

/**
 * One means of payment within a {@link PaymentRequest}; build it with the factory of its method.
 * {@link Payments#pay} checks it:
 *
 * <ul>
 *   <li>cash, card, bank transfer, cheque and store credit: an {@code amount} above 0 in the
 *       shop's currency; a {@code reference} (slip, transfer or cheque number) of at most 100
 *       characters, or none;</li>
 *   <li>store credit: a registered customer with that much credit;</li>
 *   <li>loyalty points: a registered customer, {@code loyalty:redeem}, and enough points: the
 *       amount divided by the point value in company settings, rounded up (see
 *       {@link dev.goldshop.core.loyalty.PointsArithmetic#pointsToPay}); the part paid with
 *       points earns no points;</li>
 *   <li>old gold: no amount (the SDK values it), a {@code metal}, a tested {@code purity} the
 *       metal accepts, a {@code weight} above 0, and a {@code meltingLossPercent} from 0 to
 *       below 100 with at most two decimals, or {@code null} for the company settings' default.
 *       Its value is {@code round(weight x buy rate) - round(that x meltingLossPercent / 100)}.</li>
 * </ul>
 *
 * @param method the method
 * @param amount the amount, or {@code null} for old gold
 * @param reference a slip, transfer or cheque number, or {@code null}
 * @param metal the old metal's metal, else {@code null}
 * @param purity its tested purity, else {@code null}
 * @param weight its weight, else {@code null}
 * @param meltingLossPercent its melting loss, or {@code null} for the default
 */
public record Tender(PaymentMethod method, Money amount, String reference, MetalType metal, Purity purity,
        Weight weight, BigDecimal meltingLossPercent) {

    /**
     * Cash.
     *
     * @param amount the amount handed over
     * @return the tender
     */
    public static Tender cash(Money amount) {
        return new Tender(PaymentMethod.CASH, amount, null, null, null, null, null);
    }

    /**
     * A card payment.
     *
     * @param amount the amount charged
     * @param slip the slip or authorisation number, or {@code null}
     * @return the tender
     */
    public static Tender card(Money amount, String slip) {
        return new Tender(PaymentMethod.CARD, amount, slip, null, null, null, null);
    }

    /**
     * A bank transfer.
     *
     * @param amount the amount received
     * @param reference the transfer's reference, or {@code null}
     * @return the tender
     */
    public static Tender bankTransfer(Money amount, String reference) {
        return new Tender(PaymentMethod.BANK_TRANSFER, amount, reference, null, null, null, null);
    }

    /**
     * A cheque.
     *
     * @param amount its amount
     * @param number the cheque number, or {@code null}
     * @return the tender
     */
    public static Tender cheque(Money amount, String number) {
        return new Tender(PaymentMethod.CHEQUE, amount, number, null, null, null, null);
    }

    /**
     * The customer's store credit.
     *
     * @param amount the amount to use
     * @return the tender
     */
    public static Tender storeCredit(Money amount) {
        return new Tender(PaymentMethod.STORE_CREDIT, amount, null, null, null, null, null);
    }

    /**
     * The customer's loyalty points, worth {@code amount} at the point value in company settings.
     *
     * @param amount the amount to pay with points
     * @return the tender
     */
    public static Tender loyaltyPoints(Money amount) {
        return new Tender(PaymentMethod.LOYALTY_POINTS, amount, null, null, null, null, null);
    }

    /**
     * Old metal, valued by the SDK at today's buy rate less the melting loss.
     *
     * @param metal the metal
     * @param testedPurity the purity found by testing
     * @param weight the weight
     * @param meltingLossPercent the melting loss, or {@code null} for the company settings' default
     * @return the tender
     */
    public static Tender oldGold(MetalType metal, Purity testedPurity, Weight weight, BigDecimal meltingLossPercent) {
        return new Tender(PaymentMethod.OLD_GOLD, null, null, metal, testedPurity, weight, meltingLossPercent);
    }
}
