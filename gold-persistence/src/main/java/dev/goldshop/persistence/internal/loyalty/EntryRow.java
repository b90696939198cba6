package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.loyalty.PointsTransactionType;
import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code customer_loyalty_points}, the ledger. */
public final class EntryRow {
    public UUID id;
    public UUID customerId;
    public PointsTransactionType transactionType;
    public int points;
    public String referenceType;
    public UUID referenceId;
    public String description;
    public LocalDate expiryDate;
    public UUID createdBy;
    public Instant createdAt;
    public String idempotencyKey;
    public long balanceAfter;
    public Money value;
    public UUID invoiceId;
    public UUID paymentId;
    public String requestHash;
}
