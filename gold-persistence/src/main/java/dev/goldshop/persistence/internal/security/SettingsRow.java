package dev.goldshop.persistence.internal.security;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The session and lock-out columns of {@code company_settings}, as stored.
 *
 * @param idleTimeoutMinutes idle time after which a session ends
 * @param absoluteLifetimeMinutes time after login at which a session ends regardless
 * @param maxSessionsPerUser live sessions a user may have at once
 * @param lockoutThreshold failures within the window that lock an account or address
 * @param lockoutWindowMinutes the window failures are counted in
 * @param lockoutDurationMinutes how long a lock lasts
 * @param businessHours the shop's opening hours as JSON, or null
 * @param timeZone the shop's IANA time zone
 */
public record SettingsRow(int idleTimeoutMinutes, int absoluteLifetimeMinutes, int maxSessionsPerUser,
        int lockoutThreshold, int lockoutWindowMinutes, int lockoutDurationMinutes, JsonNode businessHours,
        String timeZone) {
}
