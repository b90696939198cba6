package dev.goldshop.core.pricing;

/**
 * What a wastage percentage is a percentage of. Both are in use: many shops write wastage as a
 * share of the metal value, others (much of India) as extra grams of metal charged at the same
 * rate ("value addition" in grams), which shows on the invoice as a weight.
 */
public enum WastageBasis {
    /** Wastage = metal value x wastage% / 100, from the rounded metal value. */
    METAL_VALUE,
    /**
     * Wastage weight = net weight x wastage% / 100, rounded half up to the milligram (weights
     * are kept to the milligram, as {@link dev.goldshop.core.value.Purity#fineWeight} does),
     * then priced at the line's sell rate: wastage = wastage weight x rate.
     */
    NET_WEIGHT
}
