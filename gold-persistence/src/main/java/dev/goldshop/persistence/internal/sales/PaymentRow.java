package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.sales.PaymentKind;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code payments}; {@code details} is the JSONB column as text. */
public final class PaymentRow {
    public UUID id;
    public UUID invoiceId;
    public UUID customerId;
    public PaymentKind kind;
    public Money amount;
    public String currency;
    public PaymentMethod method;
    public String reference;
    public String status;
    public String details;
    public UUID oldGoldItemId;
    public Instant paidAt;
    public UUID receivedBy;
    public String idempotencyKey;
    public String requestKey;
    public Instant createdAt;
}
