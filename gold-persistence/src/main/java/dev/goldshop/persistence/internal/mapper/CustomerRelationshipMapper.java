package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.core.customer.RelationshipType;
import dev.goldshop.persistence.internal.customer.CustomerRefRow;
import dev.goldshop.persistence.internal.customer.ReferralRow;
import dev.goldshop.persistence.internal.customer.RelationshipRow;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** The {@code customer_relationships} aggregate: links between customers, and referral trees. */
public interface CustomerRelationshipMapper {
    /**
     * Inserts a link.
     *
     * @param row the link
     * @return 1
     */
    int insert(RelationshipRow row);

    /**
     * A link as stored.
     *
     * @param id the id
     * @return the row, or null
     */
    RelationshipRow selectById(@Param("id") UUID id);

    /**
     * A customer's links from both sides, with the other customer.
     *
     * @param viewpoint the customer
     * @param id one link only, or null for all
     * @return the rows
     */
    List<RelationshipRow> selectFor(@Param("viewpoint") UUID viewpoint, @Param("id") UUID id);

    /**
     * A link of a type between two customers, made from either side.
     *
     * @param a one customer
     * @param b the other
     * @param type the type
     * @return the row, or null
     */
    RelationshipRow selectPair(@Param("a") UUID a, @Param("b") UUID b, @Param("type") RelationshipType type);

    /**
     * Who referred a customer.
     *
     * @param customerId the referred customer
     * @return the referrer, or null
     */
    CustomerRefRow selectReferrer(@Param("customerId") UUID customerId);

    /**
     * Everyone referred from a root, level by level.
     *
     * @param rootId the root
     * @param depthLimit how many levels below the root to read
     * @param limit how many customers at most
     * @return the root (depth 0) and the referred, by depth and name
     */
    List<ReferralRow> selectReferralTree(@Param("rootId") UUID rootId, @Param("depthLimit") int depthLimit,
            @Param("limit") int limit);

    /**
     * Whether {@code target} is {@code from} or was referred from it, directly or not.
     *
     * @param from the start
     * @param target the customer looked for
     * @return true if reachable
     */
    boolean referralReaches(@Param("from") UUID from, @Param("target") UUID target);

    /**
     * Deletes a link, checking the version.
     *
     * @param id the link
     * @param version the version read
     * @return 1, or 0 if the version did not match
     */
    int delete(@Param("id") UUID id, @Param("version") long version);

    /**
     * Deletes every link of a customer, from either side.
     *
     * @param customerId the customer
     * @return how many
     */
    int deleteAllOf(@Param("customerId") UUID customerId);
}
