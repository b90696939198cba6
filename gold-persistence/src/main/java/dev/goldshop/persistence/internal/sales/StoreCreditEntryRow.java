package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.sales.StoreCreditReason;
import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code store_credit_entries}. */
public final class StoreCreditEntryRow {
    public UUID id;
    public UUID customerId;
    public Money amount;
    public Money balanceAfter;
    public StoreCreditReason reason;
    public UUID invoiceId;
    public UUID paymentId;
    public UUID createdBy;
    public Instant createdAt;
}
