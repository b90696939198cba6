package dev.goldshop.persistence.internal.mybatis;

import dev.goldshop.core.value.Weight;

/** {@code numeric(12,3)} gram columns as {@link Weight}. */
public final class WeightTypeHandler extends DecimalValueTypeHandler<Weight> {
    /** Creates the handler. */
    public WeightTypeHandler() {
        super(Weight::grams, grams -> Weight.ofGrams(grams.setScale(Weight.SCALE)));
    }
}
