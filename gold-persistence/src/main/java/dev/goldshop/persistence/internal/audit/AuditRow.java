package dev.goldshop.persistence.internal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code audit_logs} as written.
 *
 * @param id the row id
 * @param userId the acting user, or null for the system
 * @param sessionId the acting session, or null
 * @param actionType the action
 * @param resourceType the kind of resource
 * @param resourceId the resource, or null
 * @param oldData the redacted state before, or null
 * @param newData the redacted state after, or null
 * @param ipAddress the client address, or null
 * @param userAgent the client's user agent with control characters escaped, or null
 * @param additionalContext further facts, or null
 * @param createdAt when, on the engine's clock
 * @param outcome success, denied or failure
 * @param actorName the actor's name at the time
 */
public record AuditRow(UUID id, UUID userId, UUID sessionId, String actionType, String resourceType, UUID resourceId,
        JsonNode oldData, JsonNode newData, InetAddress ipAddress, String userAgent, JsonNode additionalContext,
        Instant createdAt, String outcome, String actorName) {
}
