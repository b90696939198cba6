package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code payment_requests}: the key of a payment call, its fingerprint and its outcome. */
public final class PaymentRequestRow {
    public String idempotencyKey;
    public UUID invoiceId;
    public String requestHash;
    public Money tendered;
    public Money applied;
    public Money changeDue;
    public Money storeCreditAdded;
    public Money balanceDueAfter;
    public InvoiceStatus statusAfter;
    public UUID createdBy;
    public Instant createdAt;
}
