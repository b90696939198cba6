package dev.goldshop.core.security;

import java.util.Set;

/**
 * The new content of a custom permission template; the values given replace the stored ones.
 * Roles made from the template keep their permissions until the template is re-applied to them.
 *
 * @param name 1 to 100 characters, no control characters, unique
 * @param description what the template is for, at most 1000 characters, or {@code null}
 * @param permissions permissions from {@link Permissions#ALL}; may be empty
 */
public record PermissionTemplateUpdate(String name, String description, Set<Permission> permissions) {
}
