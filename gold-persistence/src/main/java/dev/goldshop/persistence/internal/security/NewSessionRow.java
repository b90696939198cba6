package dev.goldshop.persistence.internal.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.time.Instant;
import java.util.UUID;

/**
 * A session as inserted at login.
 *
 * @param id the session
 * @param userId whose session
 * @param tokenHash the SHA-256 hex of the token; the token itself is never stored
 * @param ipAddress the login's address, or null
 * @param userAgent the login's user agent (cut to its maximum length), or null
 * @param deviceInfo the device as the host described it, or null
 * @param locationInfo the location as the host described it, or null
 * @param createdAt now
 * @param expiresAt now plus the absolute lifetime
 */
public record NewSessionRow(UUID id, UUID userId, String tokenHash, InetAddress ipAddress, String userAgent,
        JsonNode deviceInfo, JsonNode locationInfo, Instant createdAt, Instant expiresAt) {
}
