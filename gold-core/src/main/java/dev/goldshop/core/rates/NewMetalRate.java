package dev.goldshop.core.rates;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A rate to post: what the shop buys and sells one gram of a metal at a purity for, from a
 * moment on. Create one with {@link #of} and refine it with the {@code with...} methods;
 * {@link MetalRates#post} validates it.
 *
 * @param metal the metal
 * @param purity the purity, one the metal accepts ({@link MetalType#accepts})
 * @param buyRate what the shop pays per gram (old gold, buy-back), above 0, at most four
 *     decimals and ten integer digits (numeric(14,4))
 * @param sellRate what the shop charges per gram, at least the buy rate, same limits
 * @param effectiveFrom from when the rate applies; {@code null} means now on the engine's clock;
 *     at most one day ahead
 * @param source where the rate came from, such as {@code "manual"} or a feed's name; 1 to 50
 *     characters
 * @param notes free text, or {@code null}
 */
public record NewMetalRate(MetalType metal, Purity purity, BigDecimal buyRate, BigDecimal sellRate,
        Instant effectiveFrom, String source, String notes) {

    /** The source of a rate typed in by a person. */
    public static final String MANUAL = "manual";

    /**
     * A rate posted by hand, effective now.
     *
     * @param metal the metal
     * @param purity the purity
     * @param buyRate the buy rate per gram
     * @param sellRate the sell rate per gram
     * @return the rate to post
     */
    public static NewMetalRate of(MetalType metal, Purity purity, BigDecimal buyRate, BigDecimal sellRate) {
        return new NewMetalRate(metal, purity, buyRate, sellRate, null, MANUAL, null);
    }

    /**
     * A copy effective from another moment.
     *
     * @param instant when the rate starts to apply, or {@code null} for now
     * @return the copy
     */
    public NewMetalRate withEffectiveFrom(Instant instant) {
        return new NewMetalRate(metal, purity, buyRate, sellRate, instant, source, notes);
    }

    /**
     * A copy with another source.
     *
     * @param newSource for example the name of a rate feed
     * @return the copy
     */
    public NewMetalRate withSource(String newSource) {
        return new NewMetalRate(metal, purity, buyRate, sellRate, effectiveFrom, newSource, notes);
    }

    /**
     * A copy with notes.
     *
     * @param newNotes free text
     * @return the copy
     */
    public NewMetalRate withNotes(String newNotes) {
        return new NewMetalRate(metal, purity, buyRate, sellRate, effectiveFrom, source, newNotes);
    }
}
