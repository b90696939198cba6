package dev.goldshop.core.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A follow-up to schedule: a planned contact that a user must make by a time.
 *
 * @param dueAt when it is due; not before the start of today on the shop's clock
 * @param assignedTo the user who must do it, or {@code null} for the caller
 * @param type the planned kind of contact; {@code null} means {@link CommunicationType#CALL}
 * @param subject what it is about, at most 255 characters, or {@code null}
 * @param content details, at most 20,000 characters, or {@code null}
 */
public record FollowUpPlan(Instant dueAt, UUID assignedTo, CommunicationType type, String subject, String content) {
}
