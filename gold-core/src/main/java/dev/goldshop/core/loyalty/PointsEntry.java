package dev.goldshop.core.loyalty;

import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a customer's points statement: an entry of the append-only ledger.
 *
 * @param id the entry's id
 * @param customerId the customer
 * @param type what moved the points
 * @param points the signed number of points (earned +, redeemed -, expired -, adjusted either way)
 * @param balanceAfter the customer's balance after this entry
 * @param value the points' value at the point value of the day, as posted to the books
 * @param referenceType what caused it: {@code invoice} (earned on a sale's payment),
 *     {@code payment} (redeemed), {@code credit_note} (taken back by a return), {@code return}
 *     (given back by a return, for what the sale was paid with in points; the reference is the
 *     credit note), {@code manual} or {@code expiry}
 * @param referenceId the document or lot behind it, or {@code null} for a manual adjustment
 * @param invoiceId the sale it belongs to, or {@code null}
 * @param description what happened, in words
 * @param expiryDate for points earned or added: when what is left of them expires, or
 *     {@code null} for never; {@code null} for other entries
 * @param createdBy the user who caused it, or {@code null} for the system
 * @param createdAt when
 */
public record PointsEntry(UUID id, UUID customerId, PointsTransactionType type, long points, long balanceAfter,
        Money value, String referenceType, UUID referenceId, UUID invoiceId, String description,
        LocalDate expiryDate, UUID createdBy, Instant createdAt) {
}
