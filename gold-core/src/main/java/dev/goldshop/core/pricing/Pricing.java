package dev.goldshop.core.pricing;

import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pricing engine: DOMAIN.md's formula, in exact decimal arithmetic, with no database and no
 * state. Hosts use it to quote; the sales facade uses it to price invoice lines.
 *
 * <h2>A weight-priced piece</h2>
 * <pre>
 * metal    = net_weight x sell_rate
 * wastage  = metal x wastage% / 100                  (WastageBasis.METAL_VALUE)
 *          | round_mg(net_weight x wastage% / 100) x sell_rate   (WastageBasis.NET_WEIGHT)
 * making   = net_weight x rate | metal x pct / 100 | fixed amount
 * profit   = (metal + wastage + making) x profit% / 100
 * stones   = stone value
 * </pre>
 * Each component is rounded to the currency's scale with the policy's rounding mode as soon as
 * it is computed, and later components are computed from the rounded ones, as the shop writes
 * them on the invoice.
 *
 * <h2>The line</h2>
 * <pre>
 * each component of the line = quantity x the component of one piece   (exact, no rounding)
 * subtotal = metal + wastage + making + profit + stones - discount
 * tax      = taxable_base x tax_rate / 100, rounded once
 *            taxable_base = subtotal (FULL) or max(0, subtotal - metal) (VALUE_ADDED)
 * total    = subtotal + tax
 * </pre>
 * Counted stock (coins, bars) is therefore priced as a piece is, times the quantity: the price
 * of ten coins is always ten times the price of one, and never differs from it by a rounding
 * cent. The discount is on the line; the tax is computed once, on the line's taxable base.
 *
 * <p>A fixed-price line is {@code unit_price x quantity - discount + tax}, with the same tax rule
 * (see {@link FixedPricedLine} for the metal value under {@code VALUE_ADDED}).
 */
public final class Pricing {
    private Pricing() {
    }

    /**
     * Prices a line sold by weight.
     *
     * @param line the line, in the policy's currency
     * @param policy the tax, rounding and currency rules
     * @return the quote, whose components sum to its total
     * @throws ValidationException if the line's currency is not the policy's ({@code currency}),
     *     or the discount exceeds the line's value before discount ({@code discount})
     * @throws NullPointerException if an argument is null
     */
    public static Quote quote(WeightPricedLine line, PricingPolicy policy) {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(policy, "policy");
        requireCurrency(line.currency(), policy);
        Currency currency = policy.currency();
        RoundingMode mode = policy.roundingMode();
        BigDecimal net = line.netWeight().grams();
        BigDecimal rate = line.sellRate();
        BigDecimal quantity = BigDecimal.valueOf(line.quantity());
        String pieces = line.quantity() == 1 ? "" : line.quantity() + " x ";

        Money metal = Money.of(net.multiply(rate), currency, mode);
        PriceComponent metalLine = new PriceComponent(ComponentKind.METAL,
                pieces + grams(net) + " x " + plain(rate) + " per g", Optional.of(rate), times(metal, quantity));

        PriceComponent wastageLine;
        Money wastage;
        if (line.wastageBasis() == WastageBasis.METAL_VALUE) {
            wastage = metal.percent(line.wastagePercent(), mode);
            wastageLine = new PriceComponent(ComponentKind.WASTAGE,
                    pieces + percent(line.wastagePercent()) + " of metal " + plain(metal.amount()),
                    Optional.of(line.wastagePercent()), times(wastage, quantity));
        } else {
            BigDecimal extraGrams = net.multiply(line.wastagePercent()).movePointLeft(2)
                    .setScale(3, RoundingMode.HALF_UP);
            wastage = Money.of(extraGrams.multiply(rate), currency, mode);
            wastageLine = new PriceComponent(ComponentKind.WASTAGE,
                    pieces + grams(extraGrams) + " (" + percent(line.wastagePercent()) + " of " + grams(net)
                            + ") x " + plain(rate) + " per g",
                    Optional.of(line.wastagePercent()), times(wastage, quantity));
        }

        MakingCharge charge = line.makingCharge();
        Money making;
        String makingBasis;
        Optional<BigDecimal> makingRate;
        switch (charge.type()) {
            case PER_GRAM:
                making = Money.of(net.multiply(charge.value()), currency, mode);
                makingBasis = grams(net) + " x " + plain(charge.value()) + " per g";
                makingRate = Optional.of(charge.value());
                break;
            case PERCENT:
                making = metal.percent(charge.value(), mode);
                makingBasis = percent(charge.value()) + " of metal " + plain(metal.amount());
                makingRate = Optional.of(charge.value());
                break;
            default:
                making = Money.of(charge.value(), currency);
                makingBasis = "fixed " + plain(making.amount()) + " per piece";
                makingRate = Optional.empty();
                break;
        }
        PriceComponent makingLine = new PriceComponent(ComponentKind.MAKING, pieces + makingBasis, makingRate,
                times(making, quantity));

        Money beforeProfit = metal.plus(wastage).plus(making);
        Money profit = beforeProfit.percent(line.profitPercent(), mode);
        PriceComponent profitLine = new PriceComponent(ComponentKind.PROFIT,
                pieces + percent(line.profitPercent()) + " of metal + wastage + making "
                        + plain(beforeProfit.amount()),
                Optional.of(line.profitPercent()), times(profit, quantity));

        PriceComponent stonesLine = new PriceComponent(ComponentKind.STONES,
                pieces + "stones " + plain(line.stoneValue().amount()), Optional.empty(),
                times(line.stoneValue(), quantity));

        List<PriceComponent> components = new ArrayList<>(List.of(metalLine, wastageLine, makingLine, profitLine,
                stonesLine));
        return finish(components, metalLine.amount(), line.discount(), policy);
    }

    /**
     * Prices a line sold at a fixed price.
     *
     * @param line the line, in the policy's currency
     * @param policy the tax, rounding and currency rules
     * @return the quote, whose components sum to its total
     * @throws ValidationException if the line's currency is not the policy's ({@code currency}),
     *     or the discount exceeds unit price x quantity ({@code discount})
     * @throws NullPointerException if an argument is null
     */
    public static Quote quote(FixedPricedLine line, PricingPolicy policy) {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(policy, "policy");
        requireCurrency(line.currency(), policy);
        BigDecimal quantity = BigDecimal.valueOf(line.quantity());
        PriceComponent price = new PriceComponent(ComponentKind.PRICE,
                line.quantity() + " x " + plain(line.unitPrice().amount()), Optional.empty(),
                times(line.unitPrice(), quantity));
        List<PriceComponent> components = new ArrayList<>(List.of(price));
        return finish(components, times(line.metalValue(), quantity), line.discount(), policy);
    }

    private static Quote finish(List<PriceComponent> components, Money metal, Money discount, PricingPolicy policy) {
        Currency currency = policy.currency();
        Money gross = Money.zero(currency);
        for (PriceComponent component : components) {
            gross = gross.plus(component.amount());
        }
        if (discount.compareTo(gross) > 0) {
            throw ValidationException.of("discount", discount,
                    "must not exceed the line's value before discount, " + gross);
        }
        components.add(new PriceComponent(ComponentKind.DISCOUNT, "discount", Optional.empty(), discount.negate()));
        Money subtotal = gross.minus(discount);

        Money taxableBase;
        String taxBasis;
        if (policy.taxPolicy() == TaxPolicy.FULL) {
            taxableBase = subtotal;
            taxBasis = percent(policy.taxRate()) + " of subtotal " + plain(subtotal.amount());
        } else {
            taxableBase = subtotal.minus(metal).max(Money.zero(currency));
            taxBasis = percent(policy.taxRate()) + " of subtotal " + plain(subtotal.amount()) + " less metal "
                    + plain(metal.amount()) + " = " + plain(taxableBase.amount());
        }
        Money tax = taxableBase.percent(policy.taxRate(), policy.roundingMode());
        components.add(new PriceComponent(ComponentKind.TAX, taxBasis, Optional.of(policy.taxRate()), tax));
        return new Quote(currency, policy.taxPolicy(), policy.taxRate(), components, subtotal, taxableBase, tax,
                subtotal.plus(tax));
    }

    private static void requireCurrency(Currency lineCurrency, PricingPolicy policy) {
        if (!lineCurrency.equals(policy.currency())) {
            throw ValidationException.of("currency", lineCurrency.getCurrencyCode(),
                    "must be the pricing policy's currency " + policy.currency().getCurrencyCode());
        }
    }

    private static Money times(Money amount, BigDecimal quantity) {
        // A whole number times an amount at the currency's scale stays at that scale: exact.
        return amount.times(quantity, RoundingMode.UNNECESSARY);
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static String grams(BigDecimal value) {
        return value.setScale(3, RoundingMode.UNNECESSARY).toPlainString() + " g";
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }
}
