package dev.goldshop.persistence.internal.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goldshop.core.security.Role;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code roles}, as stored; also the role's shape in audit rows (permissions as the
 * plain strings a reader of the trail expects).
 *
 * @param id the role
 * @param name the unique name
 * @param description the description, or null
 * @param permissions a JSON array of {@code resource:action} strings
 * @param system whether the SDK created it
 * @param createdAt when created
 * @param updatedAt when last changed
 * @param version the optimistic-locking version
 */
public record RoleRow(UUID id, String name, String description, JsonNode permissions, boolean system,
        Instant createdAt, Instant updatedAt, long version) {

    /**
     * The role as the API shows it.
     *
     * @return the role
     */
    public Role toRole() {
        return new Role(id, name, description, PermissionSets.fromJson(permissions), system, createdAt, updatedAt,
                version);
    }
}
