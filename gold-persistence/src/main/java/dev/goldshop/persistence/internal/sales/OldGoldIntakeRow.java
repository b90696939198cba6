package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code old_gold_intakes}. */
public final class OldGoldIntakeRow {
    public UUID id;
    public UUID paymentId;
    public MetalType metalType;
    public Purity purity;
    public Weight weight;
    public BigDecimal buyRate;
    public Instant rateEffectiveFrom;
    public BigDecimal meltingLossPercent;
    public Money grossValue;
    public Money meltingLossValue;
    public Money value;
    public UUID scrapItemId;
    public Instant createdAt;
}
