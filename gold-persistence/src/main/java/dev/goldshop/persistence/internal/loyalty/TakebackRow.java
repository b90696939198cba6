package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code loyalty_takebacks}: what one return took back of its sale's points. */
public final class TakebackRow {
    public UUID creditNoteId;
    public UUID saleId;
    public UUID customerId;
    public int points;
    public int fromBalance;
    public int spent;
    public Money valueKept;
    public Instant createdAt;
}
