package dev.goldshop.core.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact with a customer to record, optionally with a follow-up to schedule.
 *
 * @param customerId the customer
 * @param type what kind of contact; required
 * @param direction who started it; required
 * @param subject at most 255 characters, or {@code null}
 * @param content at most 20,000 characters, or {@code null}
 * @param occurredAt when it happened, not in the future; {@code null} means now
 * @param followUp a follow-up to schedule with it, or {@code null}
 */
public record NewCommunication(UUID customerId, CommunicationType type, Direction direction, String subject,
        String content, Instant occurredAt, FollowUpPlan followUp) {
}
