package dev.goldshop.core.customer;

import java.util.UUID;

/**
 * A stored custom field definition.
 *
 * @param id the definition's id
 * @param definition name, label, type, whether required, allowed values
 * @param version the version to pass back to change it
 */
public record CustomField(UUID id, CustomFieldDefinition definition, long version) {
}
