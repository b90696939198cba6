package dev.goldshop.core.loyalty;

import dev.goldshop.core.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pure rules of loyalty points, exact in decimal arithmetic: what a payment earns, which
 * tier a number of points reaches, how many points pay an amount, and how many points a return
 * takes back. The engine uses these same methods, so a host that shows a preview shows what
 * will happen.
 */
public final class PointsArithmetic {
    private PointsArithmetic() {
    }

    /**
     * The points earned on a payment: the paid value excluding tax, times the points per
     * currency unit, times the tier's multiplier, rounded down to whole points. The tax share of
     * the paid value is the invoice's ({@code tax / total}), applied without any intermediate
     * rounding, so that a sale paid in {@code n} parts earns at most {@code n - 1} points less
     * than the same sale paid at once, and never more.
     *
     * @param paid the part of the payment that earns (not paid with points or store credit), 0 or more
     * @param invoiceTotal the invoice's total including tax, above 0
     * @param invoiceTax the invoice's tax, from 0 to the total
     * @param pointsPerCurrencyUnit the programme's rate, 0 or more
     * @param multiplier the customer's tier multiplier, above 0 (1 without a tier)
     * @return the points, 0 or more
     * @throws IllegalArgumentException if an argument is out of its range
     */
    public static long pointsForPayment(BigDecimal paid, BigDecimal invoiceTotal, BigDecimal invoiceTax,
            BigDecimal pointsPerCurrencyUnit, BigDecimal multiplier) {
        if (paid.signum() < 0 || invoiceTotal.signum() <= 0 || invoiceTax.signum() < 0
                || invoiceTax.compareTo(invoiceTotal) > 0 || pointsPerCurrencyUnit.signum() < 0
                || multiplier.signum() <= 0) {
            throw new IllegalArgumentException("out of range: paid " + paid + ", total " + invoiceTotal + ", tax "
                    + invoiceTax + ", rate " + pointsPerCurrencyUnit + ", multiplier " + multiplier);
        }
        BigDecimal numerator = paid.multiply(invoiceTotal.subtract(invoiceTax)).multiply(pointsPerCurrencyUnit)
                .multiply(multiplier);
        return numerator.divide(invoiceTotal, 0, RoundingMode.DOWN).longValueExact();
    }

    /**
     * The tier reached with some qualifying points: the one with the highest threshold at or
     * below them.
     *
     * @param tiers the programme's tiers, in any order
     * @param qualifyingPoints the points that count
     * @return the tier, or empty below the lowest threshold
     */
    public static Optional<LoyaltyTier> tierFor(List<LoyaltyTier> tiers, long qualifyingPoints) {
        return tiers.stream().filter(t -> t.threshold() <= qualifyingPoints)
                .max(Comparator.comparingLong(LoyaltyTier::threshold));
    }

    /**
     * The next tier up: the one with the lowest threshold above the qualifying points.
     *
     * @param tiers the programme's tiers, in any order
     * @param qualifyingPoints the points that count
     * @return the tier, or empty at the top
     */
    public static Optional<LoyaltyTier> nextTier(List<LoyaltyTier> tiers, long qualifyingPoints) {
        return tiers.stream().filter(t -> t.threshold() > qualifyingPoints)
                .min(Comparator.comparingLong(LoyaltyTier::threshold));
    }

    /**
     * The multiplier of a tier, or 1 without one.
     *
     * @param tier the tier, or empty
     * @return the multiplier
     */
    public static BigDecimal multiplier(Optional<LoyaltyTier> tier) {
        return tier.map(LoyaltyTier::multiplier).orElse(BigDecimal.ONE);
    }

    /**
     * How many points pay an amount: the amount divided by the point value, rounded up, so that
     * the points spent are always worth at least the amount they pay.
     *
     * @param amount the amount, above 0
     * @param pointValue the value of one point, above 0
     * @return the points
     * @throws IllegalArgumentException if an argument is not above 0
     */
    public static long pointsToPay(Money amount, BigDecimal pointValue) {
        if (!amount.isPositive() || pointValue.signum() <= 0) {
            throw new IllegalArgumentException("amount " + amount + " and point value " + pointValue
                    + " must be above 0");
        }
        return amount.amount().divide(pointValue, 0, RoundingMode.CEILING).longValueExact();
    }

    /**
     * What some points are worth, rounded half up to the currency's minor unit.
     *
     * @param points the points (either sign)
     * @param pointValue the value of one point, 0 or more
     * @param currency the currency
     * @return the value
     */
    public static Money valueOf(long points, BigDecimal pointValue, java.util.Currency currency) {
        return Money.of(BigDecimal.valueOf(points).multiply(pointValue), currency, RoundingMode.HALF_UP);
    }

    /**
     * How many points a return takes back: the share of the points earned on the sale that the
     * returned value is of the sale's total (rounded half up), and everything still not taken
     * back once the whole sale is back. Never more than what is left to take back.
     *
     * @param earnedOnSale the points earned on the sale's payments
     * @param takenBackBefore the points earlier returns already took back
     * @param returnedTotal the credit note's total
     * @param saleTotal the sale's total, above 0
     * @param wholeSaleBack whether this return brings the last unit of the sale back
     * @return the points to take back, 0 or more
     */
    public static long pointsToTakeBack(long earnedOnSale, long takenBackBefore, Money returnedTotal,
            Money saleTotal, boolean wholeSaleBack) {
        long left = Math.max(0, earnedOnSale - takenBackBefore);
        if (wholeSaleBack) {
            return left;
        }
        long share = BigDecimal.valueOf(earnedOnSale).multiply(returnedTotal.amount())
                .divide(saleTotal.amount(), 0, RoundingMode.HALF_UP).longValueExact();
        return Math.min(left, Math.max(0, share));
    }
}
