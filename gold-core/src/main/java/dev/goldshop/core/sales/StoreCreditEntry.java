package dev.goldshop.core.sales;

import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * One movement of a customer's store credit.
 *
 * @param id the entry's id
 * @param customerId the customer
 * @param amount signed: positive for credit given, negative for credit used
 * @param balanceAfter the balance after it, never negative
 * @param reason why
 * @param invoiceId the sale (or credit note) it came with
 * @param paymentId the payment or refund row it came with
 * @param createdBy who, or {@code null} for the system
 * @param createdAt when
 */
public record StoreCreditEntry(UUID id, UUID customerId, Money amount, Money balanceAfter, StoreCreditReason reason,
        UUID invoiceId, UUID paymentId, UUID createdBy, Instant createdAt) {
}
