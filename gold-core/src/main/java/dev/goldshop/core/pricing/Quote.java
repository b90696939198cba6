package dev.goldshop.core.pricing;

import dev.goldshop.core.value.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A priced line: every component as it was computed and rounded, and the totals. The
 * components, discount (negative) and tax included, sum exactly to {@link #total()}, so a
 * printed breakdown always adds up.
 *
 * @param currency the currency of every amount
 * @param taxPolicy what the tax was charged on
 * @param taxRate the tax rate in percent
 * @param components the components in the order they were computed, tax last
 * @param subtotal the amount before tax, after discount
 * @param taxableBase what the tax was charged on: the subtotal ({@link TaxPolicy#FULL}) or the
 *     subtotal less the metal value, never below zero ({@link TaxPolicy#VALUE_ADDED})
 * @param tax the tax
 * @param total subtotal + tax
 */
public record Quote(Currency currency, TaxPolicy taxPolicy, BigDecimal taxRate, List<PriceComponent> components,
        Money subtotal, Money taxableBase, Money tax, Money total) {

    /**
     * Checks that the quote adds up.
     *
     * @throws IllegalArgumentException if the components do not sum to the total, the subtotal
     *     and tax do not make the total, or an amount is in another currency
     * @throws NullPointerException if a component is null
     */
    public Quote {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(taxPolicy, "taxPolicy");
        Objects.requireNonNull(taxRate, "taxRate");
        components = List.copyOf(components);
        Money sum = Money.zero(currency);
        for (PriceComponent component : components) {
            sum = sum.plus(component.amount());
        }
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("the components sum to " + sum + ", not to the total " + total);
        }
        if (!subtotal.plus(tax).equals(total)) {
            throw new IllegalArgumentException("subtotal " + subtotal + " + tax " + tax + " is not the total " + total);
        }
        if (taxableBase.isNegative() || !taxableBase.currency().equals(currency)) {
            throw new IllegalArgumentException("taxable base " + taxableBase + " must be 0 or more in " + currency);
        }
    }

    /**
     * The amount of one kind of component, such as the metal value to store on an invoice line.
     *
     * @param kind the kind
     * @return the sum of the components of that kind; zero if there is none
     */
    public Money amountOf(ComponentKind kind) {
        Money sum = Money.zero(currency);
        for (PriceComponent component : components) {
            if (component.kind() == kind) {
                sum = sum.plus(component.amount());
            }
        }
        return sum;
    }

    /**
     * The discount, as a positive amount.
     *
     * @return the discount, zero if none
     */
    public Money discount() {
        return amountOf(ComponentKind.DISCOUNT).negate();
    }

    /**
     * The value of the line before discount and tax; a discount limit is a share of it.
     *
     * @return subtotal + discount
     */
    public Money grossAmount() {
        return subtotal.plus(discount());
    }
}
