package dev.goldshop.core.pricing;

import dev.goldshop.core.value.Money;
import java.util.Currency;

/**
 * A line sold at a fixed price per piece, as {@link Pricing#quote(FixedPricedLine,
 * PricingPolicy)} prices it: unit price x quantity - discount + tax.
 *
 * <p>Under {@link TaxPolicy#VALUE_ADDED} tax is charged on what was added to the metal. A
 * fixed price does not say how much of it is metal, so the SDK treats the whole price as
 * added value (taxed in full) unless {@code metalValue} says how much metal one piece holds;
 * then the taxable base is the subtotal less quantity x metal value, never below zero.
 * Charging too much tax by default is safer than too little: an under-charged tax is the
 * shop's debt to the tax office.
 *
 * @param unitPrice the price of one piece, 0 or more
 * @param quantity the number of pieces, at least 1
 * @param discount the discount on the whole line, 0 or more, at most unit price x quantity
 * @param metalValue the value of the metal in one piece, for {@link TaxPolicy#VALUE_ADDED}; zero
 *     when the whole price is added value
 */
public record FixedPricedLine(Money unitPrice, int quantity, Money discount, Money metalValue) {

    /**
     * Validates the line.
     *
     * @throws dev.goldshop.core.error.ValidationException naming every field that is missing,
     *     negative, or in another currency than the unit price
     */
    public FixedPricedLine {
        Checks checks = new Checks();
        checks.nonNegativeMoney("unitPrice", unitPrice);
        if (quantity < 1) {
            checks.reject("quantity", quantity, "must be at least 1");
        }
        checks.nonNegativeMoney("discount", discount);
        checks.nonNegativeMoney("metalValue", metalValue);
        if (unitPrice != null) {
            sameCurrency(checks, "discount", discount, unitPrice.currency());
            sameCurrency(checks, "metalValue", metalValue, unitPrice.currency());
        }
        checks.throwIfAny();
    }

    private static void sameCurrency(Checks checks, String field, Money value, Currency currency) {
        if (value != null && !value.currency().equals(currency)) {
            checks.reject(field, value, "must be in the unit price's currency " + currency.getCurrencyCode());
        }
    }

    /**
     * A line without discount whose whole price is added value.
     *
     * @param unitPrice the price of one piece
     * @param quantity the number of pieces
     * @return the line
     */
    public static FixedPricedLine of(Money unitPrice, int quantity) {
        Currency currency = unitPrice == null ? null : unitPrice.currency();
        Money zero = currency == null ? null : Money.zero(currency);
        return new FixedPricedLine(unitPrice, quantity, zero, zero);
    }

    /**
     * A copy with a discount.
     *
     * @param amount the discount on the whole line
     * @return the copy
     */
    public FixedPricedLine withDiscount(Money amount) {
        return new FixedPricedLine(unitPrice, quantity, amount, metalValue);
    }

    /**
     * A copy that says how much metal one piece holds, for {@link TaxPolicy#VALUE_ADDED}.
     *
     * @param value the metal value of one piece
     * @return the copy
     */
    public FixedPricedLine withMetalValue(Money value) {
        return new FixedPricedLine(unitPrice, quantity, discount, value);
    }

    /**
     * The currency of the line's amounts.
     *
     * @return the unit price's currency
     */
    public Currency currency() {
        return unitPrice.currency();
    }
}
