package dev.goldshop.core.catalog;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Category templates: the attribute definitions that items of a category are checked against.
 * Each method checks its permission first; changes are audited.
 */
public interface CategoryTemplates {

    /**
     * Creates a template.
     *
     * @param ctx who calls; needs {@code category:manage}
     * @param draft the name, description and attributes
     * @return the new template, version 0
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the draft is invalid (every problem
     *     named by field, for example {@code attributes[2].allowedValues})
     * @throws dev.goldshop.core.error.ConflictException if the name is taken
     */
    CategoryTemplate create(CallContext ctx, CategoryTemplateDraft draft);

    /**
     * Replaces a template's name, description and attributes. Refused if an item of a category
     * using the template would no longer satisfy it (a new required attribute it lacks, a
     * removed attribute it carries, a choice value no longer allowed, a changed type).
     *
     * @param ctx who calls; needs {@code category:manage}
     * @param id the template
     * @param draft the new content
     * @param version the version the caller read
     * @return the template after the change
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the draft is invalid
     * @throws dev.goldshop.core.error.NotFoundException if there is no such template
     * @throws dev.goldshop.core.error.ConflictException if the version is stale or the name taken
     * @throws dev.goldshop.core.error.BusinessRuleException if an existing item would break the
     *     new definition; the message names the item's SKU and the attribute
     */
    CategoryTemplate update(CallContext ctx, UUID id, CategoryTemplateDraft draft, long version);

    /**
     * Deletes a template that no category uses.
     *
     * @param ctx who calls; needs {@code category:manage}
     * @param id the template
     * @param version the version the caller read
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if there is no such template
     * @throws dev.goldshop.core.error.ConflictException if the version is stale
     * @throws dev.goldshop.core.error.BusinessRuleException if a category uses it (named in the
     *     message)
     */
    void delete(CallContext ctx, UUID id, long version);

    /**
     * Reads a template.
     *
     * @param ctx who calls; needs {@code category:read}
     * @param id the template
     * @return the template, or empty if there is none with this id
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    Optional<CategoryTemplate> get(CallContext ctx, UUID id);

    /**
     * Lists templates by name, one keyset page at a time.
     *
     * @param ctx who calls; needs {@code category:read}
     * @param page the page to read
     * @return the page, with a cursor for the next one
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the cursor is not one this method
     *     returned
     */
    Page<CategoryTemplate> list(CallContext ctx, PageRequest page);
}
