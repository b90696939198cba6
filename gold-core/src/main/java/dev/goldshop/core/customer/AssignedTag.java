package dev.goldshop.core.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A tag on a customer, with who put it there and when.
 *
 * @param tag the tag
 * @param assignedAt when it was assigned
 * @param assignedBy the user who assigned it, or {@code null} for the system
 */
public record AssignedTag(CustomerTag tag, Instant assignedAt, UUID assignedBy) {
}
