package dev.goldshop.core.security;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Permission templates to create roles from. Obtain it with
 * {@code shop.facade(PermissionTemplates.class)}. System templates are read-only; custom ones
 * can be created, changed and deleted. Changing or deleting a template never changes a role:
 * roles copy a template's permissions when made from it or when it is re-applied.
 */
public interface PermissionTemplates {

    /**
     * Creates a custom template. Needs {@link Permissions#TEMPLATE_CREATE}.
     *
     * @param ctx who calls
     * @param template the new template
     * @return the template
     * @throws PermissionDeniedException if the caller lacks the permission
     * @throws ValidationException if a field is invalid or a permission is unknown
     * @throws ConflictException if the name is taken
     */
    PermissionTemplate create(CallContext ctx, NewPermissionTemplate template);

    /**
     * Changes a custom template. Needs {@link Permissions#TEMPLATE_UPDATE}.
     *
     * @param ctx who calls
     * @param templateId the template
     * @param update the new values
     * @param version the version the caller read
     * @return the template as changed
     * @throws PermissionDeniedException if the caller lacks the permission
     * @throws ValidationException if a field is invalid or a permission is unknown
     * @throws NotFoundException if the template does not exist
     * @throws BusinessRuleException if it is a system template
     * @throws ConflictException if it changed since {@code version} was read, or the name is taken
     */
    PermissionTemplate update(CallContext ctx, UUID templateId, PermissionTemplateUpdate update, long version);

    /**
     * Deletes a custom template. Needs {@link Permissions#TEMPLATE_DELETE}.
     *
     * @param ctx who calls
     * @param templateId the template
     * @param version the version the caller read
     * @throws PermissionDeniedException if the caller lacks the permission
     * @throws NotFoundException if the template does not exist
     * @throws BusinessRuleException if it is a system template
     * @throws ConflictException if it changed since {@code version} was read
     */
    void delete(CallContext ctx, UUID templateId, long version);

    /**
     * Reads a template. Needs {@link Permissions#TEMPLATE_READ}.
     *
     * @param ctx who calls
     * @param templateId the template
     * @return the template, or empty if there is none with this id
     * @throws PermissionDeniedException if the caller lacks the permission
     */
    Optional<PermissionTemplate> get(CallContext ctx, UUID templateId);

    /**
     * Finds a template by its exact name, for example the system template {@code cashier}.
     * Needs {@link Permissions#TEMPLATE_READ}.
     *
     * @param ctx who calls
     * @param name the name
     * @return the template, or empty if there is none with this name
     * @throws PermissionDeniedException if the caller lacks the permission
     */
    Optional<PermissionTemplate> findByName(CallContext ctx, String name);

    /**
     * Lists templates by name. Needs {@link Permissions#TEMPLATE_READ}.
     *
     * @param ctx who calls
     * @param page the cursor and page size
     * @return one page
     * @throws PermissionDeniedException if the caller lacks the permission
     * @throws ValidationException if the cursor is not one this method returned
     */
    Page<PermissionTemplate> list(CallContext ctx, PageRequest page);
}
