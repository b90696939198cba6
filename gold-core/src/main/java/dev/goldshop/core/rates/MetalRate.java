package dev.goldshop.core.rates;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The rate in effect for a metal and purity at some moment: either the rate posted for that
 * purity, or, when none was posted, one derived from the fine rate (the highest fineness of at
 * least 999 posted for the metal) as fine rate x purity / 1000.
 *
 * <p>A derived rate is not rounded: numeric(14,4) holds posted rates, but a derived rate
 * multiplies a weight before the result is rounded to the currency, as DOMAIN.md's pricing
 * requires. Its scale is at least four.
 *
 * @param metal the metal
 * @param purity the purity asked for
 * @param buyRate the buy rate per gram
 * @param sellRate the sell rate per gram
 * @param basis the posted rate these numbers come from: the rate of this purity, or the fine
 *     rate it was derived from
 */
public record MetalRate(MetalType metal, Purity purity, BigDecimal buyRate, BigDecimal sellRate, PostedRate basis) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public MetalRate {
        Objects.requireNonNull(metal, "metal");
        Objects.requireNonNull(purity, "purity");
        Objects.requireNonNull(buyRate, "buyRate");
        Objects.requireNonNull(sellRate, "sellRate");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * The rate posted for exactly this purity.
     *
     * @param posted the posted rate
     * @return the rate in effect
     */
    public static MetalRate posted(PostedRate posted) {
        return new MetalRate(posted.metal(), posted.purity(), posted.buyRate(), posted.sellRate(), posted);
    }

    /**
     * A rate derived from a fine rate: fine rate x purity / 1000, exact.
     *
     * @param fine the posted fine rate (fineness 999 or more)
     * @param purity the purity to derive the rate for
     * @return the rate in effect
     */
    public static MetalRate derived(PostedRate fine, Purity purity) {
        return new MetalRate(fine.metal(), purity, scaled(fine.buyRate(), purity), scaled(fine.sellRate(), purity),
                fine);
    }

    private static BigDecimal scaled(BigDecimal fineRate, Purity purity) {
        BigDecimal exact = fineRate.multiply(purity.fraction()).stripTrailingZeros();
        // At least the four decimals of a posted rate, so that 75 reads 75.0000 like its peers.
        return exact.scale() < 4 ? exact.setScale(4) : exact;
    }

    /**
     * Whether the rate was derived from the fine rate rather than posted for this purity.
     *
     * @return true if derived
     */
    public boolean derived() {
        return !basis.purity().equals(purity);
    }

    /**
     * From when the rate applies: that of the posted rate it comes from.
     *
     * @return the moment
     */
    public Instant effectiveFrom() {
        return basis.effectiveFrom();
    }
}
