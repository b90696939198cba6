package dev.goldshop.persistence.internal.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goldshop.core.customer.CustomFieldType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks a customer's custom field values against the shop's definitions and converts them
 * to and from the JSONB column: numbers as exact JSON numbers, dates as ISO text, booleans and
 * texts as themselves.
 */
final class CustomFieldRules {
    /** Keeps a number's scale ("7.50" stays 7.50), which the default factory strips. */
    private static final JsonNodeFactory EXACT = JsonNodeFactory.withExactBigDecimals(true);
    /** The longest text value. */
    static final int MAX_TEXT = 1000;

    private CustomFieldRules() {
    }

    /**
     * Validates values and builds the JSON to store.
     *
     * @param values the values by field name (no nulls)
     * @param definitions the shop's definitions
     * @param problems where rejected fields go, as {@code customFields.<name>}
     * @return the JSON object, or {@code null} if there are no values
     */
    static ObjectNode toJson(Map<String, Object> values, List<CustomFieldRow> definitions, Problems problems) {
        Map<String, CustomFieldRow> byName = definitions.stream()
                .collect(Collectors.toMap(d -> d.name, d -> d, (a, b) -> a, TreeMap::new));
        ObjectNode json = EXACT.objectNode();
        Map<String, Object> named = new TreeMap<>();
        values.forEach((name, value) -> {
            if (name == null) {
                problems.add("customFields", abbreviate(value), "has a value without a field name");
            } else {
                named.put(name, value);
            }
        });
        for (Map.Entry<String, Object> entry : named.entrySet()) {
            String field = "customFields." + entry.getKey();
            CustomFieldRow definition = byName.get(entry.getKey());
            if (definition == null) {
                problems.add(field, abbreviate(entry.getValue()), "is not a custom field of this shop; defined fields: "
                        + (byName.isEmpty() ? "none" : String.join(", ", byName.keySet())));
                continue;
            }
            put(json, definition, field, entry.getValue(), problems);
        }
        for (CustomFieldRow definition : byName.values()) {
            if (definition.required && !named.containsKey(definition.name)) {
                problems.add("customFields." + definition.name, null, "is required (" + definition.fieldType.code() + ")");
            }
        }
        return json.isEmpty() ? null : json;
    }

    private static void put(ObjectNode json, CustomFieldRow definition, String field, Object value, Problems problems) {
        String name = definition.name;
        switch (definition.fieldType) {
            case TEXT -> {
                if (value instanceof String text && Text.length(text) <= MAX_TEXT && !Text.hasControlBesidesLines(text)) {
                    json.put(name, text);
                } else {
                    problems.add(field, abbreviate(value), "must be text of at most " + MAX_TEXT + " characters");
                }
            }
            case NUMBER -> {
                BigDecimal number = exact(value);
                if (number == null) {
                    problems.add(field, abbreviate(value), "must be an exact number (BigDecimal, Integer, Long or "
                            + "BigInteger), not a floating-point one");
                } else {
                    json.put(name, number);
                }
            }
            case DATE -> {
                if (value instanceof LocalDate date) {
                    json.put(name, date.toString());
                } else {
                    problems.add(field, abbreviate(value), "must be a LocalDate");
                }
            }
            case BOOLEAN -> {
                if (value instanceof Boolean flag) {
                    json.put(name, flag);
                } else {
                    problems.add(field, abbreviate(value), "must be a Boolean");
                }
            }
            case CHOICE -> {
                List<String> allowed = allowedValues(definition);
                if (value instanceof String text && allowed.contains(text)) {
                    json.put(name, text);
                } else {
                    problems.add(field, abbreviate(value), "must be one of " + String.join(", ", allowed));
                }
            }
            default -> throw new IllegalStateException("unknown custom field type " + definition.fieldType);
        }
    }

    /**
     * Reads stored values back as Java values, by each definition's type; values whose
     * definition is gone keep their JSON type (text, number, boolean).
     *
     * @param stored the column, or {@code null}
     * @param definitions the shop's definitions
     * @return the values by name, in name order
     */
    static Map<String, Object> fromJson(JsonNode stored, List<CustomFieldRow> definitions) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (stored == null || !stored.isObject()) {
            return values;
        }
        Map<String, CustomFieldType> types = definitions.stream()
                .collect(Collectors.toMap(d -> d.name, d -> d.fieldType, (a, b) -> a));
        List<String> names = new ArrayList<>();
        stored.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        for (String name : names) {
            JsonNode node = stored.get(name);
            CustomFieldType type = types.get(name);
            if (node == null || node.isNull()) {
                continue;
            }
            if (type == CustomFieldType.DATE && node.isTextual()) {
                try {
                    values.put(name, LocalDate.parse(node.asText()));
                    continue;
                } catch (DateTimeParseException e) {
                    // A value stored before the field became a date stays as text.
                }
            }
            if (node.isNumber()) {
                values.put(name, node.decimalValue());
            } else if (node.isBoolean()) {
                values.put(name, node.booleanValue());
            } else {
                values.put(name, node.asText());
            }
        }
        return values;
    }

    /**
     * The allowed values of a choice field.
     *
     * @param definition the definition
     * @return the values, in their order
     */
    static List<String> allowedValues(CustomFieldRow definition) {
        List<String> allowed = new ArrayList<>();
        if (definition.allowedValues != null) {
            for (Iterator<JsonNode> it = definition.allowedValues.elements(); it.hasNext(); ) {
                allowed.add(it.next().asText());
            }
        }
        return allowed;
    }

    private static BigDecimal exact(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        return null;
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
