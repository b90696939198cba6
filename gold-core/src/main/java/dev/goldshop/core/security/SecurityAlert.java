package dev.goldshop.core.security;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A security alert as stored.
 *
 * @param id the alert
 * @param type what it is about
 * @param severity how urgent it is
 * @param description what happened
 * @param userId the user concerned, or {@code null}
 * @param ipAddress the address concerned, or {@code null}
 * @param details further facts, or an empty map
 * @param status where it stands
 * @param statusNote the note given with the latest status change, or {@code null}
 * @param resolvedBy the user who closed it (resolved or false positive), or {@code null} while
 *     it is open, or when the system closed it
 * @param resolvedAt when it was closed, or {@code null} while it is open
 * @param createdAt when it was raised
 * @param version the optimistic-locking version, bumped by every change
 */
public record SecurityAlert(UUID id, AlertType type, AlertSeverity severity, String description, UUID userId,
        String ipAddress, Map<String, Object> details, AlertStatus status, String statusNote, UUID resolvedBy,
        Instant resolvedAt, Instant createdAt, long version) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if the id, type, severity or status is null
     */
    public SecurityAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
