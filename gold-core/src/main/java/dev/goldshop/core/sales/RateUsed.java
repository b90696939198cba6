package dev.goldshop.core.sales;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A metal rate an invoice priced its lines with: the current one while it is a draft, the one
 * frozen at issue afterwards.
 *
 * @param metal the metal
 * @param purity the purity
 * @param sellRate the sell rate per gram the lines used
 * @param buyRate the buy rate per gram in effect at the same time
 * @param effectiveFrom when the posted rate it comes from took effect
 * @param derived whether it was derived from the fine rate (x purity / 1000) because the purity
 *     itself was not posted
 */
public record RateUsed(MetalType metal, Purity purity, BigDecimal sellRate, BigDecimal buyRate, Instant effectiveFrom,
        boolean derived) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public RateUsed {
        Objects.requireNonNull(metal, "metal");
        Objects.requireNonNull(purity, "purity");
        Objects.requireNonNull(sellRate, "sellRate");
        Objects.requireNonNull(buyRate, "buyRate");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
