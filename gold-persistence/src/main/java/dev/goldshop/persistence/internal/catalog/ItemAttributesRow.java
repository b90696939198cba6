package dev.goldshop.persistence.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * The attribute values of one item, read to re-check items against a changed template.
 *
 * @param id the item
 * @param sku its SKU, for the message
 * @param attributes its attribute values, a JSON object
 */
public record ItemAttributesRow(UUID id, String sku, JsonNode attributes) {
}
