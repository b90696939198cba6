package dev.goldshop.core.catalog;

import dev.goldshop.core.context.CallContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The category tree: any depth, ordered siblings, never a cycle. Reads come from a cache that
 * every engine on the database drops after any change commits, so a change made through one
 * application node is seen by the others at their next call. Each method checks its permission
 * first; changes are audited.
 *
 * <p>Deactivation: a deactivated category takes no new items and no new sub-categories, and
 * nothing can be moved under it; its items stay where they are. Deactivating a category that
 * has active sub-categories is refused unless the caller asks for a cascade, which deactivates
 * the whole subtree in one call. Reactivation is never a cascade, and needs an active parent.
 */
public interface Categories {

    /**
     * Creates a category.
     *
     * @param ctx who calls; needs {@code category:manage}
     * @param category the name, parent, template and position
     * @return the new category
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if a field is invalid
     * @throws dev.goldshop.core.error.NotFoundException if the parent or template does not exist
     * @throws dev.goldshop.core.error.ConflictException if a sibling has the same name
     * @throws dev.goldshop.core.error.BusinessRuleException if the parent is inactive
     */
    Category create(CallContext ctx, NewCategory category);

    /**
     * Renames a category.
     *
     * @param ctx who calls; needs {@code category:manage}
     * @param id the category
     * @param name the new name (1 to 100 characters, unique among the siblings)
     * @param version the version the caller read
     * @return the category after the change
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the name is invalid
     * @throws dev.goldshop.core.error.NotFoundException if there is no such category
     * @throws dev.goldshop.core.error.ConflictException if the version is stale or a sibling has
     *     the name
     */
    Category rename(CallContext ctx, UUID id, String name, long version);

    /**
     * Moves a category, with its subtree, under another parent or to the root, as the last of its
     * new siblings. Safe under concurrency: the category and the whole chain of the new parent's
     * ancestors are locked before the check, so two opposite moves running at once never make a
     * cycle (one of them is refused).
     *
     * @param ctx who calls; needs {@code category:manage}
     * @param id the category
     * @param newParentId the new parent, or {@code null} for the root
     * @param version the version the caller read
     * @return the category after the move
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if the category or the parent does not
     *     exist
     * @throws dev.goldshop.core.error.ConflictException if the version is stale or a new sibling
     *     has the same name
     * @throws dev.goldshop.core.error.BusinessRuleException if the new parent is the category
     *     itself or one of its descendants (a cycle; the message names both), or is inactive
     */
    Category move(CallContext ctx, UUID id, UUID newParentId, long version);

    /**
     * Sets the order of all the children of one parent in one call.
     *
     * @param ctx who calls; needs {@code category:manage}
     * @param parentId the parent, or {@code null} for the root categories
     * @param orderedChildIds every child of the parent, each once, in the new order
     * @return the children in their new order
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if the parent does not exist
     * @throws dev.goldshop.core.error.ValidationException if the list leaves out a child, names
     *     one twice, or names a category that is not a child of the parent
     */
    List<Category> reorder(CallContext ctx, UUID parentId, List<UUID> orderedChildIds);

    /**
     * Gives a category another template, or none. Refused if one of its items would not satisfy
     * the new template.
     *
     * @param ctx who calls; needs {@code category:manage}
     * @param id the category
     * @param templateId the new template, or {@code null} for none
     * @param version the version the caller read
     * @return the category after the change
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if the category or the template does not
     *     exist
     * @throws dev.goldshop.core.error.ConflictException if the version is stale
     * @throws dev.goldshop.core.error.BusinessRuleException if an item of the category would
     *     break the new template (named by SKU)
     */
    Category changeTemplate(CallContext ctx, UUID id, UUID templateId, long version);

    /**
     * Deactivates a category.
     *
     * @param ctx who calls; needs {@code category:manage}
     * @param id the category
     * @param cascade whether to deactivate its active descendants too; without it, a category
     *     with an active child is refused
     * @param version the version the caller read
     * @return the category after the change
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if there is no such category
     * @throws dev.goldshop.core.error.ConflictException if the version is stale
     * @throws dev.goldshop.core.error.BusinessRuleException if it is already inactive, or has an
     *     active child and {@code cascade} is false
     */
    Category deactivate(CallContext ctx, UUID id, boolean cascade, long version);

    /**
     * Reactivates a category (not its descendants).
     *
     * @param ctx who calls; needs {@code category:manage}
     * @param id the category
     * @param version the version the caller read
     * @return the category after the change
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if there is no such category
     * @throws dev.goldshop.core.error.ConflictException if the version is stale
     * @throws dev.goldshop.core.error.BusinessRuleException if it is already active or its
     *     parent is inactive
     */
    Category reactivate(CallContext ctx, UUID id, long version);

    /**
     * Reads a category.
     *
     * @param ctx who calls; needs {@code category:read}
     * @param id the category
     * @return the category, or empty if there is none with this id
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    Optional<Category> get(CallContext ctx, UUID id);

    /**
     * The whole tree, active and inactive categories, roots first and every level by sort order
     * then name.
     *
     * @param ctx who calls; needs {@code category:read}
     * @return the root nodes
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    List<CategoryNode> tree(CallContext ctx);
}
