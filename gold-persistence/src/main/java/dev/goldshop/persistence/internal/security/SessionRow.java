package dev.goldshop.persistence.internal.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code user_sessions}, without its token hash, joined with what validation needs
 * to know about its user.
 *
 * @param id the session
 * @param userId whose session
 * @param username the user's name
 * @param userActive whether the user may act
 * @param userLockedUntil the end of the user's lock-out, or null
 * @param active whether the session has not been ended
 * @param ipAddress the login's address, or null
 * @param userAgent the login's user agent, or null
 * @param deviceInfo the device as the host described it, or null
 * @param locationInfo the location as the host described it, or null
 * @param createdAt when the session began
 * @param lastActivity when it was last seen in use (kept to within the refresh interval)
 * @param expiresAt its absolute end, fixed at login
 * @param endedAt when it was ended, or null
 * @param endReason why it was ended, or null
 */
public record SessionRow(UUID id, UUID userId, String username, boolean userActive, Instant userLockedUntil,
        boolean active, InetAddress ipAddress, String userAgent, JsonNode deviceInfo, JsonNode locationInfo,
        Instant createdAt, Instant lastActivity, Instant expiresAt, Instant endedAt, String endReason) {
}
