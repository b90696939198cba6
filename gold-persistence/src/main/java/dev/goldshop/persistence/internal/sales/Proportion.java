package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of an amount that {@code q} of {@code n} units carry, after {@code r} units were
 * already taken: {@code round(X (r + q) / n) - round(X r / n)}. Rounding the running total
 * rather than each share means the shares of all {@code n} units add up to {@code X} exactly,
 * whatever the order and size of the parts; and since rounding never decreases as the running
 * total grows, no share of an amount of 0 or more is negative.
 */
final class Proportion {
    private Proportion() {
    }

    /**
     * The share of an amount.
     *
     * @param whole the amount for all units
     * @param before units already taken (r)
     * @param now units taken now (q)
     * @param of all units (n)
     * @param mode the rounding mode of the shop
     * @return the share, in the amount's currency and scale
     */
    static Money share(Money whole, int before, int now, int of, RoundingMode mode) {
        return upTo(whole, before + now, of, mode).minus(upTo(whole, before, of, mode));
    }

    private static Money upTo(Money whole, int units, int of, RoundingMode mode) {
        if (units == of) {
            return whole;
        }
        BigDecimal part = whole.amount().multiply(BigDecimal.valueOf(units))
                .divide(BigDecimal.valueOf(of), whole.scale(), mode);
        return Money.of(part, whole.currency());
    }
}
