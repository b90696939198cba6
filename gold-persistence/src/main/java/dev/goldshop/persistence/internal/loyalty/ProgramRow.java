package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.loyalty.TierBasis;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code loyalty_programs}; the tier columns are the JSONB text. */
public final class ProgramRow {
    public UUID id;
    public String name;
    public String description;
    public BigDecimal pointsPerCurrencyUnit;
    public String tierThresholds;
    public String tierBenefits;
    public Boolean isActive;
    public Integer pointsValidityDays;
    public TierBasis tierBasis;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
}
