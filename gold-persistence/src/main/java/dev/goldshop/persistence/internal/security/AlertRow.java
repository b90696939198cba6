package dev.goldshop.persistence.internal.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goldshop.core.security.AlertSeverity;
import dev.goldshop.core.security.AlertStatus;
import dev.goldshop.core.security.AlertType;
import java.net.InetAddress;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code security_alerts}.
 *
 * @param id the alert
 * @param alertType what it is about
 * @param severity how urgent
 * @param description what happened
 * @param userId the user concerned, or null
 * @param ipAddress the address concerned, or null
 * @param additionalData further facts, or null
 * @param status where it stands
 * @param statusNote the note of the latest status change, or null
 * @param resolvedBy who closed it, or null
 * @param resolvedAt when it was closed, or null
 * @param createdAt when it was raised
 * @param version the optimistic-locking version
 */
public record AlertRow(UUID id, AlertType alertType, AlertSeverity severity, String description, UUID userId,
        InetAddress ipAddress, JsonNode additionalData, AlertStatus status, String statusNote, UUID resolvedBy,
        Instant resolvedAt, Instant createdAt, long version) {
}
