package dev.goldshop.core.pricing;

import dev.goldshop.core.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The shop-wide rules a price follows: what tax is charged on and at what rate, how amounts
 * are rounded, and in which currency. Company settings provide one; a host can build its own
 * to quote "what if".
 *
 * @param taxPolicy what the tax is charged on
 * @param taxRate the tax rate in percent, 0 to 100 with at most two decimals ({@code 3} for
 *     India's 3 % GST on jewellery)
 * @param roundingMode how every component is rounded to the currency's scale; any mode but
 *     {@link RoundingMode#UNNECESSARY}, since prices need rounding
 * @param currency the currency of every amount; its scale is {@link Money#scaleOf(Currency)}
 */
public record PricingPolicy(TaxPolicy taxPolicy, BigDecimal taxRate, RoundingMode roundingMode, Currency currency) {

    /** The rounding the trade uses unless company settings say otherwise. */
    public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_UP;

    /**
     * Validates the policy.
     *
     * @throws dev.goldshop.core.error.ValidationException naming each missing or out-of-range
     *     part
     */
    public PricingPolicy {
        Checks checks = new Checks();
        checks.required("taxPolicy", taxPolicy);
        checks.percent("taxRate", taxRate, Checks.HUNDRED);
        if (checks.required("roundingMode", roundingMode) && roundingMode == RoundingMode.UNNECESSARY) {
            checks.reject("roundingMode", roundingMode, "must be a mode that rounds, such as HALF_UP or HALF_EVEN");
        }
        checks.required("currency", currency);
        checks.throwIfAny();
    }

    /**
     * A policy that rounds half up, the trade's default.
     *
     * @param currency the currency
     * @param taxPolicy what tax is charged on
     * @param taxRate the tax rate in percent
     * @return the policy
     */
    public static PricingPolicy of(Currency currency, TaxPolicy taxPolicy, BigDecimal taxRate) {
        return new PricingPolicy(taxPolicy, taxRate, DEFAULT_ROUNDING, currency);
    }

    /**
     * A copy that rounds another way.
     *
     * @param mode the rounding mode
     * @return the copy
     */
    public PricingPolicy withRounding(RoundingMode mode) {
        return new PricingPolicy(taxPolicy, taxRate, mode, currency);
    }

    /**
     * The number of decimals every amount is rounded to.
     *
     * @return the currency's scale
     */
    public int scale() {
        return Money.scaleOf(currency);
    }
}
