package dev.goldshop.core.rates;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A rate as the shop posted it: one row of the rate history. Rates are never changed; a
 * correction is a newer rate.
 *
 * @param id the rate's id
 * @param metal the metal
 * @param purity the purity
 * @param buyRate what the shop pays per gram, four decimals
 * @param sellRate what the shop charges per gram, four decimals
 * @param effectiveFrom from when the rate applies
 * @param source where it came from
 * @param notes free text, or {@code null}
 * @param postedBy the user who posted it, or {@code null} when the system did
 * @param postedAt when it was posted
 */
public record PostedRate(UUID id, MetalType metal, Purity purity, BigDecimal buyRate, BigDecimal sellRate,
        Instant effectiveFrom, String source, String notes, UUID postedBy, Instant postedAt) {
}
