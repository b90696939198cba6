package dev.goldshop.core.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * A node of the category tree.
 *
 * @param id the category's id
 * @param name the name, unique among its siblings
 * @param description a description, or {@code null}
 * @param parentId the parent, or {@code null} for a root category
 * @param templateId the template its items are checked against, or {@code null} for none (its
 *     items then carry no attributes)
 * @param sortOrder the position among its siblings, ascending
 * @param active whether new items and sub-categories may be put under it
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param version the optimistic-lock version to pass to changing calls
 */
public record Category(UUID id, String name, String description, UUID parentId, UUID templateId, int sortOrder,
        boolean active, Instant createdAt, Instant updatedAt, long version) {
}
