package dev.goldshop.core.security;

import java.util.Set;

/**
 * What is needed to create a role.
 *
 * @param name 1 to 100 characters, no control characters, unique
 * @param description what the role is for, at most 1000 characters, or {@code null}
 * @param permissions permissions from {@link Permissions#ALL}, each held by the caller (no one
 *     grants what they do not hold); may be empty
 */
public record NewRole(String name, String description, Set<Permission> permissions) {
}
