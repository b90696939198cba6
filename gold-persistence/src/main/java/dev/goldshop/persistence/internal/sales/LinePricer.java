package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.pricing.ComponentKind;
import dev.goldshop.core.pricing.FixedPricedLine;
import dev.goldshop.core.pricing.MakingCharge;
import dev.goldshop.core.pricing.Pricing;
import dev.goldshop.core.pricing.PricingPolicy;
import dev.goldshop.core.pricing.Quote;
import dev.goldshop.core.pricing.WeightPricedLine;
import dev.goldshop.core.rates.MetalRate;
import dev.goldshop.core.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Prices one invoice line with the pricing engine ({@link Pricing}) from the parameters kept on
 * the line and a rate: the current rate while the invoice is a draft. The line's stone value is
 * kept for the whole line; one piece's is that divided by the quantity, which is exact since it
 * was the piece's value times the quantity.
 */
final class LinePricer {
    private final SalesSupport support;

    LinePricer(SalesSupport support) {
        this.support = support;
    }

    /**
     * A priced line: the line with its new amounts, the quote that explains them, and the rate
     * used ({@code null} for a fixed price).
     */
    record Priced(LineRow line, Quote quote, MetalRate rate) {
    }

    /**
     * The rate a weight-priced line sells at now.
     *
     * @param line the line
     * @return the rate
     * @throws BusinessRuleException if none is posted for its metal and purity, nor a fine rate
     */
    MetalRate currentRate(LineRow line) {
        return support.rates.current(line.metalType, line.purity).orElseThrow(() -> new BusinessRuleException(
                "No sell rate is posted for " + line.metalType.code() + " " + line.purity
                        + " and no fine rate to derive it from; post today's rates before pricing "
                        + (line.description == null ? "this line" : "'" + line.description + "'")));
    }

    /**
     * Prices a line at the current rate.
     *
     * @param line the line's parameters (not changed)
     * @param policy the shop's pricing rules
     * @return the priced copy
     * @throws BusinessRuleException if no rate is posted
     * @throws dev.goldshop.core.error.ValidationException ({@code discount}) if the discount is
     *     larger than the line's value
     */
    Priced price(LineRow line, PricingPolicy policy) {
        if (line.priceMode == PriceMode.WEIGHT) {
            return price(line, policy, currentRate(line));
        }
        return price(line, policy, null);
    }

    /**
     * Prices a line at a given rate.
     *
     * @param line the line's parameters (not changed)
     * @param policy the shop's pricing rules
     * @param rate the rate for a weight-priced line; ignored for a fixed price
     * @return the priced copy
     * @throws dev.goldshop.core.error.ValidationException ({@code discount}) if the discount is
     *     larger than the line's value
     */
    Priced price(LineRow line, PricingPolicy policy, MetalRate rate) {
        LineRow priced = line.copy();
        Money zero = Money.zero(policy.currency());
        Quote quote;
        if (line.priceMode == PriceMode.WEIGHT) {
            BigDecimal stonesPerPiece = line.stoneValue.amount()
                    .divide(BigDecimal.valueOf(line.quantity), line.stoneValue.scale(), RoundingMode.UNNECESSARY);
            quote = Pricing.quote(WeightPricedLine.builder(policy.currency())
                    .metal(line.metalType, line.purity)
                    .netWeight(line.netWeight)
                    .quantity(line.quantity)
                    .sellRate(rate.sellRate())
                    .wastagePercent(line.wastagePercent)
                    .makingCharge(new MakingCharge(line.makingChargeType, line.makingChargeValue))
                    .profitPercent(line.profitPercent)
                    .stoneValue(Money.of(stonesPerPiece, policy.currency()))
                    .discount(line.discount)
                    .build(), policy);
            priced.ratePerGram = rate.sellRate();
            priced.metalValue = quote.amountOf(ComponentKind.METAL);
            priced.wastageValue = quote.amountOf(ComponentKind.WASTAGE);
            priced.makingCharge = quote.amountOf(ComponentKind.MAKING);
            priced.profitValue = quote.amountOf(ComponentKind.PROFIT);
            priced.stoneValue = quote.amountOf(ComponentKind.STONES);
        } else {
            quote = Pricing.quote(new FixedPricedLine(line.unitPrice, line.quantity, line.discount, zero), policy);
            priced.ratePerGram = null;
            priced.metalValue = zero;
            priced.wastageValue = zero;
            priced.makingCharge = zero;
            priced.profitValue = zero;
            priced.stoneValue = zero;
        }
        priced.taxRate = policy.taxRate();
        priced.taxAmount = quote.tax();
        priced.lineTotal = quote.total();
        return new Priced(priced, quote, rate);
    }
}
