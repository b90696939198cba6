package dev.goldshop.persistence.internal.mybatis;

import dev.goldshop.core.value.Purity;

/** Fineness columns (parts per thousand) as {@link Purity}. */
public final class PurityTypeHandler extends DecimalValueTypeHandler<Purity> {
    /** Creates the handler. */
    public PurityTypeHandler() {
        super(Purity::fineness, Purity::ofFineness);
    }
}
