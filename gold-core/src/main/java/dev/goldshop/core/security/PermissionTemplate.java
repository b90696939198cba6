package dev.goldshop.core.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A named, reusable set of permissions to create roles from. The SDK ships system templates
 * ({@code owner}, {@code manager}, {@code cashier}, {@code accountant}, {@code auditor}), each
 * granting the least its job needs; they are read-only. A shop adds custom ones. A template
 * grants nothing by itself: roles copy its permissions when created from it or when it is
 * re-applied.
 *
 * @param id the template's id
 * @param name the name, unique
 * @param description what the template is for, or {@code null}
 * @param permissions the permissions it gives a role
 * @param system whether the SDK ships it (read-only)
 * @param createdBy the user who created it, or {@code null} for system templates
 * @param createdAt when it was created
 * @param version the optimistic-locking version to pass to the next change
 */
public record PermissionTemplate(UUID id, String name, String description, Set<Permission> permissions,
        boolean system, UUID createdBy, Instant createdAt, long version) {

    /**
     * Copies the permissions.
     */
    public PermissionTemplate {
        permissions = Set.copyOf(permissions);
    }
}
