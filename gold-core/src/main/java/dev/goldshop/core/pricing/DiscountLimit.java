package dev.goldshop.core.pricing;

import dev.goldshop.core.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The largest discount a cashier may give without the {@code discount:override} permission, as
 * a percentage of a line's value before discount ({@code company_settings.discount_limit_percent}).
 * A discount above it is not refused by pricing: the sales facade asks for the permission and
 * raises an unusual-activity alert.
 *
 * @param percent the limit in percent, 0 to 100 with at most two decimals; 0 means every
 *     discount needs the permission
 */
public record DiscountLimit(BigDecimal percent) {

    /**
     * Validates the limit.
     *
     * @throws dev.goldshop.core.error.ValidationException naming {@code discountLimitPercent} if
     *     it is missing, out of range or too precise
     */
    public DiscountLimit {
        Checks checks = new Checks();
        checks.percent("discountLimitPercent", percent, Checks.HUNDRED);
        checks.throwIfAny();
    }

    /**
     * Whether a discount stays within the limit: discount x 100 &lt;= gross x limit, compared
     * exactly (no rounded division decides a borderline case).
     *
     * @param discount the discount, 0 or more
     * @param gross the value of the line before discount, in the same currency
     * @return true if no permission is needed
     * @throws IllegalArgumentException if the currencies differ
     */
    public boolean allows(Money discount, Money gross) {
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(gross, "gross");
        if (!discount.currency().equals(gross.currency())) {
            throw new IllegalArgumentException("discount " + discount + " and value " + gross
                    + " are in different currencies");
        }
        return discount.amount().multiply(Checks.HUNDRED).compareTo(gross.amount().multiply(percent)) <= 0;
    }

    /**
     * Whether a quote's discount needs the permission.
     *
     * @param quote the priced line
     * @return true if its discount is above the limit
     */
    public boolean isExceededBy(Quote quote) {
        return !allows(quote.discount(), quote.grossAmount());
    }

    /**
     * The largest discount allowed on a value, rounded down to the currency's scale so that it
     * is itself allowed.
     *
     * @param gross the value of the line before discount
     * @return the largest allowed discount
     */
    public Money maximumFor(Money gross) {
        Objects.requireNonNull(gross, "gross");
        return gross.percent(percent, RoundingMode.FLOOR).max(Money.zero(gross.currency()));
    }
}
