package dev.goldshop.core.security;

import java.util.Set;

/**
 * What is needed to create a custom permission template.
 *
 * @param name 1 to 100 characters, no control characters, unique
 * @param description what the template is for, at most 1000 characters, or {@code null}
 * @param permissions permissions from {@link Permissions#ALL}; may be empty
 */
public record NewPermissionTemplate(String name, String description, Set<Permission> permissions) {
}
