package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.core.customer.FollowUpStatus;
import dev.goldshop.persistence.internal.customer.CommunicationRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** The {@code customer_communication_history} aggregate: communications and follow-ups. */
public interface CustomerCommunicationMapper {
    /**
     * Inserts a communication or follow-up.
     *
     * @param row the row
     * @return 1
     */
    int insert(CommunicationRow row);

    /**
     * A row.
     *
     * @param id the id
     * @return the row, or null
     */
    CommunicationRow selectById(@Param("id") UUID id);

    /**
     * A customer's history, newest first, after a cursor.
     *
     * @param customerId the customer
     * @param beforeDate the date of the previous page's last row, or null
     * @param beforeId its id, or null
     * @param limit how many
     * @return the rows
     */
    List<CommunicationRow> selectHistory(@Param("customerId") UUID customerId,
            @Param("beforeDate") Instant beforeDate, @Param("beforeId") UUID beforeId, @Param("limit") int limit);

    /**
     * A customer's whole history, oldest first.
     *
     * @param customerId the customer
     * @return the rows
     */
    List<CommunicationRow> selectAllOf(@Param("customerId") UUID customerId);

    /**
     * A customer's scheduled follow-ups, earliest first.
     *
     * @param customerId the customer
     * @param limit how many
     * @return the rows
     */
    List<CommunicationRow> selectOpenFollowUps(@Param("customerId") UUID customerId, @Param("limit") int limit);

    /**
     * Completes or cancels a scheduled follow-up, checking and bumping the version.
     *
     * @param id the follow-up
     * @param status completed or cancelled
     * @param outcome what came of it, or why, or null
     * @param at when
     * @param by who, or null
     * @param version the version read
     * @return 1, or 0 if the version did not match or it is no longer scheduled
     */
    int finish(@Param("id") UUID id, @Param("status") FollowUpStatus status, @Param("outcome") String outcome,
            @Param("at") Instant at, @Param("by") UUID by, @Param("version") long version);

    /**
     * A user's scheduled follow-ups due before an instant, earliest first, after a cursor.
     *
     * @param userId the user
     * @param before the end of the day
     * @param afterDue the due time of the previous page's last row, or null
     * @param afterId its id, or null
     * @param limit how many
     * @return the rows, with their customers
     */
    List<CommunicationRow> selectDue(@Param("userId") UUID userId, @Param("before") Instant before,
            @Param("afterDue") Instant afterDue, @Param("afterId") UUID afterId, @Param("limit") int limit);

    /**
     * Whether a user exists and is active.
     *
     * @param userId the user
     * @return true, false for an inactive user, null for none
     */
    Boolean selectUserActive(@Param("userId") UUID userId);

    /**
     * Deletes a customer's whole history.
     *
     * @param customerId the customer
     * @return how many rows
     */
    int deleteAllOf(@Param("customerId") UUID customerId);
}
