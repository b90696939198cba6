package dev.goldshop.persistence.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goldshop.core.catalog.AttributeDefinition;
import dev.goldshop.core.catalog.AttributeType;
import dev.goldshop.core.catalog.CategoryTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of attribute definitions in {@code category_templates.attributes}: a JSON
 * array of {@code {"name", "type", "required", "allowed_values", "unit"}} objects, with the
 * type as its lower-case code, readable by SQL users without the SDK.
 */
final class TemplateJson {
    private TemplateJson() {
    }

    static ArrayNode write(ObjectMapper json, List<AttributeDefinition> definitions) {
        ArrayNode array = json.createArrayNode();
        for (AttributeDefinition definition : definitions) {
            ObjectNode node = array.addObject();
            node.put("name", definition.name());
            node.put("type", definition.type().code());
            node.put("required", definition.required());
            ArrayNode allowed = node.putArray("allowed_values");
            definition.allowedValues().forEach(allowed::add);
            if (definition.unit() == null) {
                node.putNull("unit");
            } else {
                node.put("unit", definition.unit());
            }
        }
        return array;
    }

    static List<AttributeDefinition> read(JsonNode array) {
        List<AttributeDefinition> definitions = new ArrayList<>();
        if (array == null) {
            return definitions;
        }
        for (JsonNode node : array) {
            List<String> allowed = new ArrayList<>();
            node.path("allowed_values").forEach(v -> allowed.add(v.asText()));
            JsonNode unit = node.get("unit");
            definitions.add(new AttributeDefinition(node.path("name").asText(), type(node.path("type").asText()),
                    node.path("required").asBoolean(false), allowed,
                    unit == null || unit.isNull() ? null : unit.asText()));
        }
        return definitions;
    }

    static CategoryTemplate template(CategoryTemplateRow row) {
        return new CategoryTemplate(row.id(), row.name(), row.description(), read(row.attributes()), row.createdAt(),
                row.updatedAt(), row.version());
    }

    private static AttributeType type(String code) {
        for (AttributeType type : AttributeType.values()) {
            if (type.code().equals(code)) {
                return type;
            }
        }
        throw new IllegalStateException("stored attribute type '" + code + "' is not one the SDK knows");
    }
}
