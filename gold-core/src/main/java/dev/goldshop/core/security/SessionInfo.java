package dev.goldshop.core.security;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One session of a user, as listed for the user or an administrator. Never carries the token.
 *
 * @param id the session
 * @param userId whose session it is
 * @param active whether the session still authenticates now (not ended, not idle, not past
 *     its lifetime)
 * @param ipAddress the address of the login, or {@code null}
 * @param userAgent the user agent of the login, or {@code null}
 * @param deviceInfo the device as the host described it, or an empty map
 * @param locationInfo the location as the host described it, or an empty map
 * @param createdAt when the user logged in
 * @param lastActivity when the session was last seen in use (kept to within a minute)
 * @param expiresAt when it ends at the latest
 * @param endedAt when it was ended (logout, revoke, expiry), or {@code null}
 * @param endReason why it was ended, for example {@code logout}, {@code revoked},
 *     {@code expired}, {@code idle}, {@code session_cap}, or {@code null}
 */
public record SessionInfo(UUID id, UUID userId, boolean active, String ipAddress, String userAgent,
        Map<String, Object> deviceInfo, Map<String, Object> locationInfo, Instant createdAt, Instant lastActivity,
        Instant expiresAt, Instant endedAt, String endReason) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if the id or the user is null
     */
    public SessionInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        deviceInfo = deviceInfo == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(deviceInfo));
        locationInfo = locationInfo == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(locationInfo));
    }
}
