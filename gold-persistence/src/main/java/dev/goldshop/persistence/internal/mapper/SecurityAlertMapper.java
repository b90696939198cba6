package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.core.security.AlertSeverity;
import dev.goldshop.core.security.AlertStatus;
import dev.goldshop.core.security.AlertType;
import dev.goldshop.persistence.internal.security.AlertRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** {@code security_alerts}. */
public interface SecurityAlertMapper {

    /**
     * Stores a new alert.
     *
     * @param row the alert
     * @return rows inserted (1)
     */
    int insert(AlertRow row);

    /**
     * One alert.
     *
     * @param id the alert
     * @return the alert, or null
     */
    AlertRow selectById(@Param("id") UUID id);

    /**
     * One alert, locked until the end of the transaction.
     *
     * @param id the alert
     * @return the alert, or null
     */
    AlertRow selectByIdForUpdate(@Param("id") UUID id);

    /**
     * Moves an alert to a status, if its version is still the one read.
     *
     * @param id the alert
     * @param status the new status
     * @param note the note of the move, or null
     * @param resolvedBy who closed it, or null
     * @param resolvedAt when it was closed, or null
     * @param version the version read
     * @return 1 if moved, 0 if the alert changed since it was read
     */
    int updateStatus(@Param("id") UUID id, @Param("status") AlertStatus status, @Param("note") String note,
            @Param("resolvedBy") UUID resolvedBy, @Param("resolvedAt") Instant resolvedAt,
            @Param("version") long version);

    /**
     * A page of alerts, newest first, matching every criterion given.
     *
     * @param type the type, or null
     * @param severity the severity, or null
     * @param status the status, or null
     * @param userId the user, or null
     * @param from raised at or after, or null
     * @param to raised before, or null
     * @param afterCreatedAt the keyset position's time, or null for the first page
     * @param afterId the keyset position's id, or null for the first page
     * @param limit how many rows
     * @return the rows
     */
    List<AlertRow> selectPage(@Param("type") AlertType type, @Param("severity") AlertSeverity severity,
            @Param("status") AlertStatus status, @Param("userId") UUID userId, @Param("from") Instant from,
            @Param("to") Instant to, @Param("afterCreatedAt") Instant afterCreatedAt, @Param("afterId") UUID afterId,
            @Param("limit") int limit);
}
