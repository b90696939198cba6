package dev.goldshop.core.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A label customers can carry, such as "VIP" or "Wedding 2025".
 *
 * @param id the tag's id
 * @param name the name
 * @param colour {@code #RRGGBB}, or {@code null}
 * @param description the description, or {@code null}
 * @param createdAt when it was created
 * @param version the version to pass back to change it
 */
public record CustomerTag(UUID id, String name, String colour, String description, Instant createdAt,
        long version) {
}
