package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.loyalty.PointsTransactionType;
import dev.goldshop.core.value.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One change of a customer's points, as the parts of the area hand it to {@link PointsBook}.
 *
 * @param customerId the customer
 * @param type what moves them
 * @param points the signed points
 * @param value their value as posted
 * @param referenceType what caused it
 * @param referenceId the document behind it, or null
 * @param invoiceId the sale it belongs to, or null
 * @param paymentId the payment row it belongs to, or null
 * @param description in words
 * @param expiryDate for points added: when they expire, or null for never
 * @param key the idempotency key
 * @param requestHash the fingerprint of a host's request behind the key, or null
 * @param createdBy the user, or null
 */
record Movement(UUID customerId, PointsTransactionType type, long points, Money value, String referenceType,
        UUID referenceId, UUID invoiceId, UUID paymentId, String description, LocalDate expiryDate, String key,
        String requestHash, UUID createdBy) {
}
