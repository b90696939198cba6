package dev.goldshop.core.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A security alert to raise.
 *
 * @param type what the alert is about
 * @param severity how urgent it is
 * @param description what happened, in words for the person who reads the alert list
 *     (1 to {@value #MAX_DESCRIPTION_LENGTH} characters)
 * @param userId the user concerned, or {@code null}
 * @param ipAddress the address concerned (an IP literal), or {@code null}
 * @param details further facts as JSON-like data (numbers, text, lists, maps), or {@code null}
 */
public record NewAlert(AlertType type, AlertSeverity severity, String description, UUID userId, String ipAddress,
        Map<String, Object> details) {

    /** The longest description accepted. */
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    /**
     * Copies the details (read-only, keeping their order).
     */
    public NewAlert {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
