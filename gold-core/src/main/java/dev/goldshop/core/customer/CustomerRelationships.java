package dev.goldshop.core.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;
import java.util.List;
import java.util.UUID;

/**
 * Links between customers: family, business partners, friends, and who referred whom.
 * Obtain it with {@code shop.facade(CustomerRelationships.class)}.
 *
 * <p>A link is stored once and shown from both sides. Two customers have at most one link of
 * each type, whichever side it was made from; nobody is linked to themselves; a customer has at
 * most one referrer and referrals never form a cycle. Deleting a customer row follows the
 * spec: links made from that customer go with it, links made to it keep their other side with
 * no customer ({@code ON DELETE SET NULL}).
 */
public interface CustomerRelationships {

    /**
     * Links two customers. Needs {@link Permissions#CUSTOMER_UPDATE}.
     *
     * @param ctx who calls
     * @param link the two customers, the type and a description
     * @return the link, seen from {@code link.customerId()}
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException if a field is missing or too long, or both customers are the same
     * @throws NotFoundException if either customer does not exist
     * @throws ConflictException if the two are already linked with that type, from either side,
     *     or the referred customer already has a referrer
     * @throws BusinessRuleException if either customer was erased, or a referral would close a cycle
     */
    CustomerRelationship link(CallContext ctx, NewRelationship link);

    /**
     * Removes a link. Needs {@link Permissions#CUSTOMER_UPDATE}.
     *
     * @param ctx who calls
     * @param id the link
     * @param version the version the caller read
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if the link does not exist
     * @throws ConflictException if it changed since {@code version} was read
     */
    void unlink(CallContext ctx, UUID id, long version);

    /**
     * A customer's links, from both sides, by type and age. Needs {@link Permissions#CUSTOMER_READ}.
     *
     * @param ctx who calls
     * @param customerId the customer
     * @return the links, seen from that customer
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if the customer does not exist
     */
    List<CustomerRelationship> list(CallContext ctx, UUID customerId);

    /**
     * Who the customer referred, directly and through them, up to {@value #MAX_REFERRAL_DEPTH}
     * levels and {@value #MAX_REFERRAL_NODES} customers, and who referred the customer. Needs
     * {@link Permissions#CUSTOMER_READ}.
     *
     * @param ctx who calls
     * @param customerId the customer at the root
     * @return the tree
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if the customer does not exist
     */
    ReferralTree referralTree(CallContext ctx, UUID customerId);

    /** How many levels below the root a referral tree shows at most. */
    int MAX_REFERRAL_DEPTH = 10;

    /** How many customers a referral tree shows at most. */
    int MAX_REFERRAL_NODES = 1000;
}
