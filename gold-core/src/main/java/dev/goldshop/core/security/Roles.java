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
import java.util.Set;
import java.util.UUID;

/**
 * Roles: named sets of permissions that users hold. Obtain it with {@code shop.facade(Roles.class)}.
 *
 * <p>Deny by default: a permission is allowed only if the caller's role holds it. A change to
 * a role's permissions takes effect on the very next call of every holder, on every engine of
 * the database. No one grants what they do not hold: every permission a caller puts into a role
 * must be one of the caller's own. Unknown permissions are refused by name; the known ones are
 * {@link Permissions#ALL}.
 *
 * <p>System roles (the owner's) cannot be deleted or renamed, and their permissions follow only
 * the system template of the same name, so that the shop can never lose its administrator.
 */
public interface Roles {

    /**
     * Creates a role. Needs {@link Permissions#ROLE_CREATE}.
     *
     * @param ctx who calls
     * @param role the new role
     * @return the role
     * @throws PermissionDeniedException if the caller lacks the permission or one of the role's permissions
     * @throws ValidationException if a field is invalid or a permission is unknown
     * @throws ConflictException if the name is taken
     */
    Role create(CallContext ctx, NewRole role);

    /**
     * Creates a role with a template's permissions and description. Needs
     * {@link Permissions#ROLE_CREATE}. Later changes of the template do not reach the role until
     * the template is re-applied.
     *
     * @param ctx who calls
     * @param templateId the template
     * @param roleName the new role's name, 1 to 100 characters
     * @return the role
     * @throws PermissionDeniedException if the caller lacks the permission or one of the template's permissions
     * @throws ValidationException if the name is invalid
     * @throws NotFoundException if the template does not exist
     * @throws ConflictException if the name is taken
     */
    Role createFromTemplate(CallContext ctx, UUID templateId, String roleName);

    /**
     * Replaces a role's permissions. Needs {@link Permissions#ROLE_UPDATE}.
     *
     * @param ctx who calls
     * @param roleId the role
     * @param permissions the new permissions; may be empty
     * @param version the version the caller read
     * @return the role as changed
     * @throws PermissionDeniedException if the caller lacks the permission or one of the new permissions
     * @throws ValidationException if a permission is unknown or the set is null
     * @throws NotFoundException if the role does not exist
     * @throws BusinessRuleException if the role is a system role
     * @throws ConflictException if the role changed since {@code version} was read
     */
    Role updatePermissions(CallContext ctx, UUID roleId, Set<Permission> permissions, long version);

    /**
     * Replaces a role's permissions with a template's current ones. Needs
     * {@link Permissions#ROLE_UPDATE}. A system role takes only the system template of its own name.
     *
     * @param ctx who calls
     * @param roleId the role
     * @param templateId the template
     * @param version the version the caller read
     * @return the role as changed
     * @throws PermissionDeniedException if the caller lacks the permission or one of the template's permissions
     * @throws NotFoundException if the role or the template does not exist
     * @throws BusinessRuleException if the role is a system role and the template is not its own
     * @throws ConflictException if the role changed since {@code version} was read
     */
    Role reapplyTemplate(CallContext ctx, UUID roleId, UUID templateId, long version);

    /**
     * Renames a role and changes its description. Needs {@link Permissions#ROLE_UPDATE}.
     *
     * @param ctx who calls
     * @param roleId the role
     * @param name the new name, 1 to 100 characters
     * @param description the new description, at most 1000 characters, or {@code null}
     * @param version the version the caller read
     * @return the role as changed
     * @throws PermissionDeniedException if the caller lacks the permission
     * @throws ValidationException if the name or description is invalid
     * @throws NotFoundException if the role does not exist
     * @throws BusinessRuleException if the role is a system role and the name changes
     * @throws ConflictException if the role changed since {@code version} was read, or the name is taken
     */
    Role rename(CallContext ctx, UUID roleId, String name, String description, long version);

    /**
     * Deletes a role no user holds (active or not). Needs {@link Permissions#ROLE_DELETE}.
     *
     * @param ctx who calls
     * @param roleId the role
     * @param version the version the caller read
     * @throws PermissionDeniedException if the caller lacks the permission
     * @throws NotFoundException if the role does not exist
     * @throws BusinessRuleException if the role is a system role or a user holds it
     * @throws ConflictException if the role changed since {@code version} was read
     */
    void delete(CallContext ctx, UUID roleId, long version);

    /**
     * Reads a role. Needs {@link Permissions#ROLE_READ}.
     *
     * @param ctx who calls
     * @param roleId the role
     * @return the role, or empty if there is none with this id
     * @throws PermissionDeniedException if the caller lacks the permission
     */
    Optional<Role> get(CallContext ctx, UUID roleId);

    /**
     * Lists roles by name. Needs {@link Permissions#ROLE_READ}.
     *
     * @param ctx who calls
     * @param page the cursor and page size
     * @return one page
     * @throws PermissionDeniedException if the caller lacks the permission
     * @throws ValidationException if the cursor is not one this method returned
     */
    Page<Role> list(CallContext ctx, PageRequest page);
}
