package dev.goldshop.core.customer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A custom field the shop adds to every customer profile, such as "ring_size" or
 * "preferred_karat".
 *
 * @param name the key in {@link CustomerDetails#customFields()}: a lower-case letter, then up to
 *     49 lower-case letters, digits or {@code _}
 * @param label what forms show, 1 to 100 characters; {@code null} means the name
 * @param type the type of the values
 * @param required whether every customer saved from now on must have a value
 * @param allowedValues for {@link CustomFieldType#CHOICE}: 1 to 100 distinct values of 1 to 100
 *     characters; empty for other types
 */
public record CustomFieldDefinition(String name, String label, CustomFieldType type, boolean required,
        List<String> allowedValues) {

    /**
     * Copies the allowed values (nulls in the list are kept for validation to report).
     */
    public CustomFieldDefinition {
        allowedValues = allowedValues == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(allowedValues));
    }
}
