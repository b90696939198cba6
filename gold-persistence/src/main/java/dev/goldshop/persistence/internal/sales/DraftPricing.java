package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.pricing.PricingPolicy;
import dev.goldshop.core.pricing.Quote;
import dev.goldshop.core.rates.MetalRate;
import dev.goldshop.core.sales.RateUsed;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices every line of an invoice at the current rates and settings, and sums the rounded lines
 * into the invoice's totals: what a draft shows and stores on every change, and what issuing
 * freezes.
 */
final class DraftPricing {
    private final SalesSupport support;
    private final LinePricer pricer;

    DraftPricing(SalesSupport support, LinePricer pricer) {
        this.support = support;
        this.pricer = pricer;
    }

    /** The invoice's totals: sums of its rounded lines. */
    record Totals(Money subtotal, Money discount, Money tax, Money total) {

        /**
         * Sums lines.
         *
         * @param lines the lines
         * @param zero zero in the shop's currency
         * @return the totals
         */
        static Totals of(List<LineRow> lines, Money zero) {
            Money subtotal = zero;
            Money discount = zero;
            Money tax = zero;
            Money total = zero;
            for (LineRow line : lines) {
                subtotal = subtotal.plus(line.subtotal());
                discount = discount.plus(line.discount);
                tax = tax.plus(line.taxAmount);
                total = total.plus(line.lineTotal);
            }
            return new Totals(subtotal, discount, tax, total);
        }

        /**
         * Writes the totals onto an invoice row that has nothing paid or credited yet.
         *
         * @param row the invoice
         */
        void applyTo(InvoiceRow row) {
            row.subtotal = subtotal;
            row.discountTotal = discount;
            row.taxTotal = tax;
            row.total = total;
            row.balanceDue = total.minus(row.amountPaid).minus(row.amountCredited);
        }
    }

    /**
     * Lines priced now, the quotes that explain them (null for a line a read could not price),
     * their totals, and the rates they use.
     */
    record Repriced(List<LineRow> lines, List<Quote> quotes, Totals totals, List<RateUsed> rates) {
    }

    /**
     * Prices every line now; any line that cannot be priced fails the call.
     *
     * @param lines the lines
     * @return the priced lines
     * @throws BusinessRuleException if a rate is missing, or a line's discount now exceeds its
     *     value at today's prices
     */
    Repriced reprice(List<LineRow> lines) {
        return reprice(lines, false);
    }

    /**
     * Prices every line now for a read: a line that cannot be priced now (no rate posted any more,
     * a discount above its value at today's rate) keeps the prices it was last stored with.
     *
     * @param lines the lines
     * @return the priced lines
     */
    Repriced repriceForRead(List<LineRow> lines) {
        return reprice(lines, true);
    }

    /**
     * Lines priced one by one (as a sale rung up at once prices them, each checked as it is
     * added), with their totals and the rates they use, without pricing them again.
     *
     * @param priced the priced lines, in line order
     * @return the lines, quotes, totals and rates
     */
    Repriced collect(List<LinePricer.Priced> priced) {
        Map<String, MetalRate> rates = new LinkedHashMap<>();
        List<LineRow> lines = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (LinePricer.Priced one : priced) {
            lines.add(one.line());
            quotes.add(one.quote());
            if (one.rate() != null) {
                rates.putIfAbsent(key(one.line().metalType, one.line().purity), one.rate());
            }
        }
        return new Repriced(lines, quotes, Totals.of(lines, support.zero()), InvoiceViews.rates(rates.values()));
    }

    private Repriced reprice(List<LineRow> lines, boolean lenient) {
        PricingPolicy policy = support.settings.pricingPolicy();
        Map<String, MetalRate> rates = new LinkedHashMap<>();
        List<LineRow> priced = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (LineRow line : lines) {
            try {
                MetalRate rate = null;
                if (line.priceMode == PriceMode.WEIGHT) {
                    rate = rates.computeIfAbsent(key(line.metalType, line.purity), k -> pricer.currentRate(line));
                }
                LinePricer.Priced done = pricer.price(line, policy, rate);
                priced.add(done.line());
                quotes.add(done.quote());
            } catch (BusinessRuleException | ValidationException e) {
                if (!lenient) {
                    throw e instanceof BusinessRuleException rule ? rule : new BusinessRuleException(
                            "Line " + line.lineNumber + " ('" + line.description + "') can no longer be priced: "
                                    + e.getMessage() + "; remove it and add it again with a smaller discount");
                }
                priced.add(line);
                quotes.add(null);
            }
        }
        return new Repriced(priced, quotes, Totals.of(priced, support.zero()), InvoiceViews.rates(rates.values()));
    }

    private static String key(MetalType metal, Purity purity) {
        return metal.code() + "/" + purity.fineness().toPlainString();
    }
}
