package dev.goldshop.core.security;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Security alerts: raised by the SDK's own rules ({@code multiple_failures} at a lock-out,
 * {@code suspicious_login} at a login from a new address or device or outside business hours,
 * {@code unusual_activity} from other facades) or by hand, listed and filtered, and moved
 * through their statuses by the people who look into them (see {@link AlertStatus}).
 */
public interface SecurityAlerts {

    /**
     * Raises an alert by hand, in status {@code open}.
     *
     * @param ctx who calls; needs {@link Permissions#ALERT_RAISE}
     * @param alert the alert
     * @return the stored alert
     * @throws dev.goldshop.core.error.ValidationException if the type or severity is missing, the
     *     description is blank or too long, the IP address is not a literal, or the details are
     *     over 16 KiB; nothing is written
     * @throws dev.goldshop.core.error.NotFoundException if the user does not exist
     * @throws dev.goldshop.core.error.PermissionDeniedException without {@code alert:raise}
     */
    SecurityAlert raise(CallContext ctx, NewAlert alert);

    /**
     * One alert.
     *
     * @param ctx who calls; needs {@link Permissions#ALERT_READ}
     * @param alertId the alert
     * @return the alert, or empty if there is none with that id
     * @throws dev.goldshop.core.error.PermissionDeniedException without {@code alert:read}
     */
    Optional<SecurityAlert> get(CallContext ctx, UUID alertId);

    /**
     * Alerts matching a query, newest first.
     *
     * @param ctx who calls; needs {@link Permissions#ALERT_READ}
     * @param query the criteria
     * @param page which page
     * @return the page
     * @throws dev.goldshop.core.error.ValidationException if {@code from} is not before
     *     {@code to}, or the cursor was not made by this list
     * @throws dev.goldshop.core.error.PermissionDeniedException without {@code alert:read}
     */
    Page<SecurityAlert> list(CallContext ctx, AlertQuery query, PageRequest page);

    /**
     * Moves an alert to another status. Closing it ({@code resolved}, {@code false_positive})
     * records who and when.
     *
     * @param ctx who calls; needs {@link Permissions#ALERT_UPDATE}
     * @param alertId the alert
     * @param to the new status
     * @param note why, for the record (up to 2000 characters), or {@code null}
     * @return the alert after the move
     * @throws dev.goldshop.core.error.BusinessRuleException if the move is not one
     *     {@link AlertStatus#canMoveTo} allows; the message names both statuses
     * @throws dev.goldshop.core.error.ValidationException if {@code to} is missing or the note too
     *     long
     * @throws dev.goldshop.core.error.NotFoundException if there is no such alert
     * @throws dev.goldshop.core.error.PermissionDeniedException without {@code alert:update}
     */
    SecurityAlert transition(CallContext ctx, UUID alertId, AlertStatus to, String note);
}
