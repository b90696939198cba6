package dev.goldshop.core.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A named set of attribute definitions that the items of every category using it are checked
 * against.
 *
 * @param id the template's id
 * @param name the name, unique among templates
 * @param description what the template is for, or {@code null}
 * @param attributes the attribute definitions, in display order
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param version the optimistic-lock version to pass to {@link CategoryTemplates#update} and
 *     {@link CategoryTemplates#delete}
 */
public record CategoryTemplate(UUID id, String name, String description, List<AttributeDefinition> attributes,
        Instant createdAt, Instant updatedAt, long version) {

    /**
     * Copies the attribute list.
     */
    public CategoryTemplate {
        attributes = List.copyOf(attributes);
    }
}
