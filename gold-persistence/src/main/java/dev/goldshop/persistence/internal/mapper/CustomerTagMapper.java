package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.persistence.internal.customer.TagRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** The {@code customer_tags} aggregate and its assignments to customers. */
public interface CustomerTagMapper {
    /**
     * Inserts a tag.
     *
     * @param row the tag
     * @return 1
     */
    int insert(TagRow row);

    /**
     * A tag.
     *
     * @param id the id
     * @return the row, or null
     */
    TagRow selectById(@Param("id") UUID id);

    /**
     * Tags by name (ignoring case), after a cursor.
     *
     * @param afterName the lower-cased name of the previous page's last tag, or null
     * @param afterId its id, or null
     * @param limit how many
     * @return the rows
     */
    List<TagRow> selectPage(@Param("afterName") String afterName, @Param("afterId") UUID afterId,
            @Param("limit") int limit);

    /**
     * Changes a tag, checking and bumping the version.
     *
     * @param row the new values with the version read
     * @return 1, or 0 if the version did not match
     */
    int update(TagRow row);

    /**
     * Deletes a tag (its assignments go with it), checking the version.
     *
     * @param id the tag
     * @param version the version read
     * @return 1, or 0 if the version did not match
     */
    int delete(@Param("id") UUID id, @Param("version") long version);

    /**
     * Assigns a tag unless it is assigned already.
     *
     * @param customerId the customer
     * @param tagId the tag
     * @param at when
     * @param by who, or null
     * @return 1 if assigned now, 0 if it was already
     */
    int insertAssignment(@Param("customerId") UUID customerId, @Param("tagId") UUID tagId, @Param("at") Instant at,
            @Param("by") UUID by);

    /**
     * A customer's tags with their assignments, by name.
     *
     * @param customerId the customer
     * @param tagId one tag only, or null for all
     * @return the rows
     */
    List<TagRow> selectAssigned(@Param("customerId") UUID customerId, @Param("tagId") UUID tagId);

    /**
     * Takes a tag off a customer.
     *
     * @param customerId the customer
     * @param tagId the tag
     * @return 1 if it was there
     */
    int deleteAssignment(@Param("customerId") UUID customerId, @Param("tagId") UUID tagId);

    /**
     * Takes every tag off a customer.
     *
     * @param customerId the customer
     * @return how many
     */
    int deleteAssignmentsOf(@Param("customerId") UUID customerId);
}
