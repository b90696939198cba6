package dev.goldshop.persistence.internal.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * A user's state and role permissions as read for authorization.
 *
 * @param userId the user
 * @param username the user's name
 * @param active whether the user may act at all
 * @param permissions the role's permissions, a JSON array of strings
 */
public record GrantRow(UUID userId, String username, boolean active, JsonNode permissions) {
}
