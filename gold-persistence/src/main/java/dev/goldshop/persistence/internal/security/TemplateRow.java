package dev.goldshop.persistence.internal.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goldshop.core.security.PermissionTemplate;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code permission_templates}, as stored; also its shape in audit rows.
 *
 * @param id the template
 * @param name the unique name
 * @param description the description, or null
 * @param permissions a JSON array of {@code resource:action} strings
 * @param system whether the SDK ships it (read-only)
 * @param createdBy who created it, or null
 * @param createdAt when created
 * @param version the optimistic-locking version
 */
public record TemplateRow(UUID id, String name, String description, JsonNode permissions, boolean system,
        UUID createdBy, Instant createdAt, long version) {

    /**
     * The template as the API shows it.
     *
     * @return the template
     */
    public PermissionTemplate toTemplate() {
        return new PermissionTemplate(id, name, description, PermissionSets.fromJson(permissions), system, createdBy,
                createdAt, version);
    }
}
