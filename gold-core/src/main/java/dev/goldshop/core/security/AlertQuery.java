package dev.goldshop.core.security;

import java.time.Instant;
import java.util.UUID;

/**
 * Which alerts to list. Every criterion is optional ({@code null} matches everything); the
 * criteria given must all hold.
 *
 * @param type only alerts of this type
 * @param severity only alerts of this severity
 * @param status only alerts in this status
 * @param userId only alerts concerning this user
 * @param from only alerts raised at or after this instant
 * @param to only alerts raised before this instant
 */
public record AlertQuery(AlertType type, AlertSeverity severity, AlertStatus status, UUID userId, Instant from,
        Instant to) {

    /**
     * Every alert.
     *
     * @return the query without criteria
     */
    public static AlertQuery all() {
        return new AlertQuery(null, null, null, null, null, null);
    }

    /**
     * A copy that keeps only alerts of one type.
     *
     * @param newType the type
     * @return the copy
     */
    public AlertQuery withType(AlertType newType) {
        return new AlertQuery(newType, severity, status, userId, from, to);
    }

    /**
     * A copy that keeps only alerts of one severity.
     *
     * @param newSeverity the severity
     * @return the copy
     */
    public AlertQuery withSeverity(AlertSeverity newSeverity) {
        return new AlertQuery(type, newSeverity, status, userId, from, to);
    }

    /**
     * A copy that keeps only alerts in one status.
     *
     * @param newStatus the status
     * @return the copy
     */
    public AlertQuery withStatus(AlertStatus newStatus) {
        return new AlertQuery(type, severity, newStatus, userId, from, to);
    }

    /**
     * A copy that keeps only alerts concerning one user.
     *
     * @param newUserId the user
     * @return the copy
     */
    public AlertQuery withUser(UUID newUserId) {
        return new AlertQuery(type, severity, status, newUserId, from, to);
    }

    /**
     * A copy that keeps only alerts raised in {@code [newFrom, newTo)}.
     *
     * @param newFrom the first instant included, or {@code null}
     * @param newTo the first instant excluded, or {@code null}
     * @return the copy
     */
    public AlertQuery raisedBetween(Instant newFrom, Instant newTo) {
        return new AlertQuery(type, severity, status, userId, newFrom, newTo);
    }
}
