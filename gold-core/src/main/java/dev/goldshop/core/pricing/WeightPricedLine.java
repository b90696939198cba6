package dev.goldshop.core.pricing;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A line priced by weight at a metal rate, as {@link Pricing#quote(WeightPricedLine,
 * PricingPolicy)} prices it. Build one with {@link #builder(Currency)}.
 *
 * <p>Weights, making charge, stones are per piece; a line of counted stock (coins, bars) has a
 * quantity above one and is priced as quantity x the price of one piece. The discount is for
 * the whole line.
 *
 * @param metal the metal
 * @param purity the purity; must be one the metal accepts ({@link MetalType#accepts})
 * @param netWeight the net weight of one piece (gross less stones), above zero
 * @param quantity the number of pieces, at least 1
 * @param sellRate the sell rate per gram for this metal and purity, above zero; any number of
 *     decimals, since a rate derived from the fine rate is not rounded before it is used
 * @param wastageBasis what the wastage percentage is a percentage of
 * @param wastagePercent the wastage percentage, 0 to 999.99
 * @param makingCharge the making charge per piece
 * @param profitPercent the profit percentage on metal + wastage + making, 0 to 999.99
 * @param stoneValue the stones' price per piece, 0 or more
 * @param discount the discount on the whole line, 0 or more, at most the line's value
 */
public record WeightPricedLine(MetalType metal, Purity purity, Weight netWeight, int quantity, BigDecimal sellRate,
        WastageBasis wastageBasis, BigDecimal wastagePercent, MakingCharge makingCharge, BigDecimal profitPercent,
        Money stoneValue, Money discount) {

    /**
     * Validates the line. The discount is checked against the line's value when it is priced.
     *
     * @throws dev.goldshop.core.error.ValidationException naming every field that is missing,
     *     negative, out of range, too precise, or in another currency than the stone value
     */
    public WeightPricedLine {
        Checks checks = new Checks();
        boolean metalGiven = checks.required("metal", metal);
        if (checks.required("purity", purity) && metalGiven && !metal.accepts(purity)) {
            checks.reject("purity", purity.fineness(), "must be from " + metal.minimumPurity().fineness()
                    + " to " + metal.maximumPurity().fineness() + " per mille for " + metal.code());
        }
        if (checks.required("netWeight", netWeight) && netWeight.isZero()) {
            checks.reject("netWeight", netWeight.grams(),
                    "must be above 0 g; price a piece without metal as a fixed-price line");
        }
        if (quantity < 1) {
            checks.reject("quantity", quantity, "must be at least 1");
        }
        if (checks.required("sellRate", sellRate) && sellRate.signum() <= 0) {
            checks.reject("sellRate", sellRate, "must be above 0 per gram");
        }
        checks.required("wastageBasis", wastageBasis);
        checks.percent("wastagePercent", wastagePercent, Checks.MAX_PERCENT);
        checks.required("makingCharge", makingCharge);
        checks.percent("profitPercent", profitPercent, Checks.MAX_PERCENT);
        checks.nonNegativeMoney("stoneValue", stoneValue);
        checks.nonNegativeMoney("discount", discount);
        if (stoneValue != null && discount != null && !stoneValue.currency().equals(discount.currency())) {
            checks.reject("discount", discount, "must be in the line's currency "
                    + stoneValue.currency().getCurrencyCode() + " like the stone value");
        }
        if (stoneValue != null && makingCharge != null && makingCharge.type() == MakingChargeType.FIXED
                && Checks.decimals(makingCharge.value()) > Money.scaleOf(stoneValue.currency())) {
            checks.reject("makingCharge.value", makingCharge.value(), "a fixed amount must be exact in "
                    + stoneValue.currency().getCurrencyCode() + " (at most "
                    + Money.scaleOf(stoneValue.currency()) + " decimals)");
        }
        checks.throwIfAny();
    }

    /**
     * The currency of the line's amounts.
     *
     * @return the currency of the stone value and the discount
     */
    public Currency currency() {
        return stoneValue.currency();
    }

    /**
     * A builder with the defaults: one piece, no wastage (as a share of metal value), no making
     * charge, no profit, no stones, no discount.
     *
     * @param currency the currency of the line's amounts
     * @return the builder
     */
    public static Builder builder(Currency currency) {
        return new Builder(Objects.requireNonNull(currency, "currency"));
    }

    /**
     * A builder holding this line's values, to price a variant of it.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(currency());
        builder.metal = metal;
        builder.purity = purity;
        builder.netWeight = netWeight;
        builder.quantity = quantity;
        builder.sellRate = sellRate;
        builder.wastageBasis = wastageBasis;
        builder.wastagePercent = wastagePercent;
        builder.makingCharge = makingCharge;
        builder.profitPercent = profitPercent;
        builder.stoneValue = stoneValue;
        builder.discount = discount;
        return builder;
    }

    /** Collects a line's values; {@link #build()} validates them. */
    public static final class Builder {
        private MetalType metal;
        private Purity purity;
        private Weight netWeight;
        private int quantity = 1;
        private BigDecimal sellRate;
        private WastageBasis wastageBasis = WastageBasis.METAL_VALUE;
        private BigDecimal wastagePercent = BigDecimal.ZERO;
        private MakingCharge makingCharge = MakingCharge.none();
        private BigDecimal profitPercent = BigDecimal.ZERO;
        private Money stoneValue;
        private Money discount;

        private Builder(Currency currency) {
            this.stoneValue = Money.zero(currency);
            this.discount = Money.zero(currency);
        }

        /**
         * Sets the metal and its purity.
         *
         * @param newMetal the metal
         * @param newPurity the purity
         * @return this builder
         */
        public Builder metal(MetalType newMetal, Purity newPurity) {
            this.metal = newMetal;
            this.purity = newPurity;
            return this;
        }

        /**
         * Sets the net weight of one piece.
         *
         * @param weight the net weight
         * @return this builder
         */
        public Builder netWeight(Weight weight) {
            this.netWeight = weight;
            return this;
        }

        /**
         * Sets the number of pieces (counted stock).
         *
         * @param pieces at least 1
         * @return this builder
         */
        public Builder quantity(int pieces) {
            this.quantity = pieces;
            return this;
        }

        /**
         * Sets the sell rate per gram.
         *
         * @param ratePerGram the rate
         * @return this builder
         */
        public Builder sellRate(BigDecimal ratePerGram) {
            this.sellRate = ratePerGram;
            return this;
        }

        /**
         * Sets the wastage as a percentage of the metal value.
         *
         * @param percent the percentage
         * @return this builder
         */
        public Builder wastagePercent(BigDecimal percent) {
            return wastage(WastageBasis.METAL_VALUE, percent);
        }

        /**
         * Sets the wastage and what it is a percentage of.
         *
         * @param basis the basis
         * @param percent the percentage
         * @return this builder
         */
        public Builder wastage(WastageBasis basis, BigDecimal percent) {
            this.wastageBasis = basis;
            this.wastagePercent = percent;
            return this;
        }

        /**
         * Sets the making charge per piece.
         *
         * @param charge the charge
         * @return this builder
         */
        public Builder makingCharge(MakingCharge charge) {
            this.makingCharge = charge;
            return this;
        }

        /**
         * Sets the profit percentage.
         *
         * @param percent the percentage
         * @return this builder
         */
        public Builder profitPercent(BigDecimal percent) {
            this.profitPercent = percent;
            return this;
        }

        /**
         * Sets the stones' price per piece.
         *
         * @param value the price
         * @return this builder
         */
        public Builder stoneValue(Money value) {
            this.stoneValue = value;
            return this;
        }

        /**
         * Sets the discount on the whole line.
         *
         * @param amount the discount
         * @return this builder
         */
        public Builder discount(Money amount) {
            this.discount = amount;
            return this;
        }

        /**
         * Builds and validates the line.
         *
         * @return the line
         * @throws dev.goldshop.core.error.ValidationException naming every invalid field
         */
        public WeightPricedLine build() {
            return new WeightPricedLine(metal, purity, netWeight, quantity, sellRate, wastageBasis, wastagePercent,
                    makingCharge, profitPercent, stoneValue, discount);
        }
    }
}
