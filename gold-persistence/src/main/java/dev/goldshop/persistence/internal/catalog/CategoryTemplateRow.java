package dev.goldshop.persistence.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code category_templates}; the attribute definitions stay JSON until
 * {@link TemplateJson} reads them.
 *
 * @param id the template
 * @param name its name
 * @param description its description, or null
 * @param attributes the JSON array of definitions
 * @param createdAt when created
 * @param updatedAt when last changed
 * @param version the optimistic-lock version
 */
public record CategoryTemplateRow(UUID id, String name, String description, JsonNode attributes, Instant createdAt,
        Instant updatedAt, long version) {
}
