package dev.goldshop.core.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A login attempt as the host received it.
 *
 * <p>The password array is not copied: the host owns it and should clear it
 * ({@code Arrays.fill(password, '\0')}) once {@link Authentication#login} returns, so that no
 * copy of the password outlives the call. {@link #toString()} never shows it, and
 * {@code equals} compares the password array by identity, as records do with arrays.
 *
 * @param username the name typed at the login prompt (compared without regard to case)
 * @param password the password typed, 1 to {@value #MAX_PASSWORD_LENGTH} characters
 * @param ipAddress the client's IP address literal as the host saw it, or {@code null}
 * @param userAgent the client's user agent, or {@code null}; stored up to
 *     {@value #MAX_USER_AGENT_LENGTH} characters
 * @param deviceInfo what the host knows of the device, for example {@code {"device_id": "till-2"}},
 *     or {@code null}; a {@code device_id} entry identifies the device for the new-device check,
 *     otherwise the whole map does
 * @param locationInfo where the host thinks the client is, or {@code null}
 * @param previousToken the session token this client held before, or {@code null}: on success its
 *     session ends, so that re-authenticating always leaves exactly one live token on the client
 */
public record LoginRequest(String username, char[] password, String ipAddress, String userAgent,
        Map<String, Object> deviceInfo, Map<String, Object> locationInfo, String previousToken) {

    /** The longest password accepted at the prompt; longer input is refused before any hashing. */
    public static final int MAX_PASSWORD_LENGTH = 4096;
    /** The longest user agent kept; the rest is cut off. */
    public static final int MAX_USER_AGENT_LENGTH = 512;

    /**
     * Copies the maps (read-only, keeping their order).
     */
    public LoginRequest {
        deviceInfo = readOnly(deviceInfo);
        locationInfo = readOnly(locationInfo);
    }

    /**
     * A first login on this client (no previous token).
     *
     * @param username the name typed
     * @param password the password typed
     * @param ipAddress the client's address, or {@code null}
     * @param userAgent the client's user agent, or {@code null}
     * @param deviceInfo the device, or {@code null}
     * @param locationInfo the location, or {@code null}
     * @return the request
     */
    public static LoginRequest of(String username, char[] password, String ipAddress, String userAgent,
            Map<String, Object> deviceInfo, Map<String, Object> locationInfo) {
        return new LoginRequest(username, password, ipAddress, userAgent, deviceInfo, locationInfo, null);
    }

    /**
     * A copy that ends the client's previous session when the login succeeds.
     *
     * @param token the token the client held
     * @return the copy
     */
    public LoginRequest withPreviousToken(String token) {
        return new LoginRequest(username, password, ipAddress, userAgent, deviceInfo, locationInfo, token);
    }

    private static Map<String, Object> readOnly(Map<String, Object> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * The request without its password and previous token.
     *
     * @return a description safe for logs
     */
    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=****, ipAddress=" + ipAddress + ", userAgent="
                + userAgent + ", deviceInfo=" + deviceInfo + ", locationInfo=" + locationInfo + ", previousToken="
                + (previousToken == null ? null : "****") + "]";
    }
}
