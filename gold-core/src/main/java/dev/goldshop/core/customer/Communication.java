package dev.goldshop.core.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of a customer's communication history: a contact that happened ({@code status}
 * {@link FollowUpStatus#COMPLETED}), or a follow-up that is planned, done or called off.
 *
 * @param id the row's id
 * @param customerId the customer
 * @param type the kind of contact
 * @param direction who started it
 * @param subject the subject, or {@code null}
 * @param content the content, or {@code null}
 * @param occurredAt when it happened; for a follow-up, when it is due until it is done, then
 *     when it was done
 * @param status scheduled, completed or cancelled
 * @param followUpRequired whether this row is a follow-up
 * @param followUpDue when the follow-up is due, or {@code null}
 * @param assignedTo who must do the follow-up, or {@code null}
 * @param followUpOf the communication this follow-up came from, or {@code null}
 * @param outcome what came of a completed follow-up, or why it was cancelled, or {@code null}
 * @param completedAt when a follow-up was completed or cancelled, or {@code null}
 * @param completedBy who completed or cancelled it, or {@code null}
 * @param createdBy who recorded the row
 * @param createdAt when it was recorded
 * @param version the version to pass back to complete or cancel it
 */
public record Communication(UUID id, UUID customerId, CommunicationType type, Direction direction, String subject,
        String content, Instant occurredAt, FollowUpStatus status, boolean followUpRequired, Instant followUpDue,
        UUID assignedTo, UUID followUpOf, String outcome, Instant completedAt, UUID completedBy, UUID createdBy,
        Instant createdAt, long version) {
}
