package dev.goldshop.core.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import java.util.List;
import java.util.UUID;

/**
 * Tags: labels customers carry, for segments and campaigns. Obtain it with
 * {@code shop.facade(CustomerTags.class)}.
 */
public interface CustomerTags {

    /**
     * Creates a tag. Needs {@link Permissions#CUSTOMER_TAG_MANAGE}.
     *
     * @param ctx who calls
     * @param details name, colour, description
     * @return the tag
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException naming every invalid field
     * @throws ConflictException if a tag with that name (ignoring case) exists
     */
    CustomerTag create(CallContext ctx, TagDetails details);

    /**
     * Renames a tag or changes its colour or description. Needs {@link Permissions#CUSTOMER_TAG_MANAGE}.
     *
     * @param ctx who calls
     * @param id the tag
     * @param details the new values
     * @param version the version the caller read
     * @return the tag as changed
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if the tag does not exist
     * @throws ConflictException if it changed since {@code version} was read, or the name is taken
     */
    CustomerTag update(CallContext ctx, UUID id, TagDetails details, long version);

    /**
     * Deletes a tag and takes it off every customer. Needs {@link Permissions#CUSTOMER_TAG_MANAGE}.
     *
     * @param ctx who calls
     * @param id the tag
     * @param version the version the caller read
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if the tag does not exist
     * @throws ConflictException if it changed since {@code version} was read
     */
    void delete(CallContext ctx, UUID id, long version);

    /**
     * Every tag, by name. Needs {@link Permissions#CUSTOMER_READ}.
     *
     * @param ctx who calls
     * @param page which page
     * @return one page of tags
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException if the cursor is invalid
     */
    Page<CustomerTag> list(CallContext ctx, PageRequest page);

    /**
     * A customer's tags, by name. Needs {@link Permissions#CUSTOMER_READ}.
     *
     * @param ctx who calls
     * @param customerId the customer
     * @return the tags with who assigned them and when
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if the customer does not exist
     */
    List<AssignedTag> tagsOf(CallContext ctx, UUID customerId);

    /**
     * Puts a tag on a customer; a tag already there stays as it was (who and when unchanged).
     * Needs {@link Permissions#CUSTOMER_TAG_ASSIGN}.
     *
     * @param ctx who calls
     * @param customerId the customer
     * @param tagId the tag
     * @return the assignment, new or existing
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if the customer or the tag does not exist
     * @throws BusinessRuleException if the customer was erased
     */
    AssignedTag assign(CallContext ctx, UUID customerId, UUID tagId);

    /**
     * Takes a tag off a customer. Needs {@link Permissions#CUSTOMER_TAG_ASSIGN}.
     *
     * @param ctx who calls
     * @param customerId the customer
     * @param tagId the tag
     * @return whether the customer carried the tag
     * @throws PermissionDeniedException if the permission is missing
     */
    boolean unassign(CallContext ctx, UUID customerId, UUID tagId);

    /**
     * Puts a tag on every customer a search finds, in one statement; customers who carry it
     * already are left as they are, so running it again adds nothing. Needs
     * {@link Permissions#CUSTOMER_TAG_ASSIGN}.
     *
     * @param ctx who calls
     * @param tagId the tag
     * @param search which customers; at least one criterion (a tag for everyone is a mistake
     *     more often than a wish)
     * @return how many customers got the tag now
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException if the search is invalid or has no criterion
     * @throws NotFoundException if the tag does not exist
     */
    int assignToSearch(CallContext ctx, UUID tagId, CustomerSearch search);
}
