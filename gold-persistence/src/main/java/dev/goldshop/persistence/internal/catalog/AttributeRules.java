package dev.goldshop.persistence.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goldshop.core.catalog.AttributeDefinition;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks an item's attribute values against its category's template and brings them to their
 * stored form: text, choice and date as strings ({@code yyyy-MM-dd}), number and weight as exact
 * decimals, yes/no as booleans. Values read back from the database come in those same forms and
 * pass the check again unchanged.
 */
final class AttributeRules {
    private static final int MAX_TEXT = 1000;
    /** Doubles written into JSON keep 15 significant digits exactly; nothing beyond is accepted. */
    private static final int MAX_DIGITS = 15;

    private AttributeRules() {
    }

    /**
     * Checks values against definitions.
     *
     * @param definitions the template's definitions, or null when the category has no template
     *     (or the item no category): then no attribute is accepted
     * @param values the values given
     * @param fields where problems go, each named {@code attributes.<name>}
     * @return the values in stored form, in the template's order
     */
    static Map<String, Object> check(List<AttributeDefinition> definitions, Map<String, Object> values,
            Fields fields) {
        Map<String, AttributeDefinition> byName = new LinkedHashMap<>();
        if (definitions != null) {
            definitions.forEach(d -> byName.put(d.name(), d));
        }
        for (String key : values.keySet()) {
            if (!byName.containsKey(key)) {
                fields.reject("attributes." + key, values.get(key), byName.isEmpty()
                        ? "is not accepted: the item's category has no template, so items carry no attributes"
                        : "is not an attribute of the category's template; accepted: "
                                + String.join(", ", byName.keySet()));
            }
        }
        Map<String, Object> stored = new LinkedHashMap<>();
        for (AttributeDefinition definition : byName.values()) {
            Object value = values.get(definition.name());
            if (value == null) {
                if (definition.required()) {
                    fields.reject("attributes." + definition.name(), null, "is required by the category's template");
                }
                continue;
            }
            Object normalised = normalise(definition, value, fields);
            if (normalised != null) {
                stored.put(definition.name(), normalised);
            }
        }
        return stored;
    }

    private static Object normalise(AttributeDefinition definition, Object value, Fields fields) {
        String field = "attributes." + definition.name();
        switch (definition.type()) {
            case TEXT:
                if (value instanceof String text && !text.isBlank() && Fields.length(text) <= MAX_TEXT) {
                    return text;
                }
                fields.reject(field, shown(value), "must be non-blank text of at most " + MAX_TEXT + " characters");
                return null;
            case NUMBER:
                BigDecimal number = decimal(value);
                if (number != null && number.stripTrailingZeros().precision() <= MAX_DIGITS) {
                    return number;
                }
                fields.reject(field, shown(value), "must be a number of at most " + MAX_DIGITS + " significant digits");
                return null;
            case BOOLEAN:
                if (value instanceof Boolean) {
                    return value;
                }
                fields.reject(field, shown(value), "must be true or false");
                return null;
            case CHOICE:
                if (value instanceof String choice && definition.allowedValues().contains(choice)) {
                    return choice;
                }
                fields.reject(field, shown(value), "must be one of " + String.join(", ", definition.allowedValues()));
                return null;
            case WEIGHT_GRAMS:
                return weight(field, value, fields);
            case DATE:
                return date(field, value, fields);
            default:
                throw new IllegalStateException("unhandled attribute type " + definition.type());
        }
    }

    private static Object weight(String field, Object value, Fields fields) {
        try {
            if (value instanceof Weight weight) {
                return weight.grams();
            }
            BigDecimal grams = decimal(value);
            if (grams != null) {
                return Weight.ofGrams(grams).grams();
            }
        } catch (IllegalArgumentException e) {
            fields.reject(field, shown(value), "must be a weight in grams: " + e.getMessage());
            return null;
        }
        fields.reject(field, shown(value), "must be a weight in grams (a Weight, or a number from 0 with at most"
                + " 3 decimals)");
        return null;
    }

    private static Object date(String field, Object value, Fields fields) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text).toString();
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        fields.reject(field, shown(value), "must be a date (a LocalDate, or text yyyy-MM-dd)");
        return null;
    }

    /** Any exact or binary number as a decimal, or null if it is not a finite number. */
    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            // A host parsing JSON may hand over 7.5 as a double; its shortest decimal form is meant.
            return Double.isFinite(d) ? new BigDecimal(value.toString()) : null;
        }
        return null;
    }

    private static String shown(Object value) {
        return value == null ? null : Fields.shorten(value + " (" + value.getClass().getSimpleName() + ")");
    }

    /**
     * Writes stored-form values as a JSON object.
     *
     * @param json the engine's mapper
     * @param values the values in stored form
     * @return the object
     */
    static ObjectNode write(ObjectMapper json, Map<String, Object> values) {
        ObjectNode node = json.createObjectNode();
        values.forEach((k, v) -> node.set(k, json.valueToTree(v)));
        return node;
    }

    /**
     * Reads a stored JSON object back into values: strings, decimals and booleans.
     *
     * @param node the object, or null
     * @return the values, in stored order
     */
    static Map<String, Object> read(JsonNode node) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (node == null) {
            return values;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (value.isBoolean()) {
                values.put(entry.getKey(), value.booleanValue());
            } else if (value.isNumber()) {
                values.put(entry.getKey(), value.isFloatingPointNumber() && !value.isBigDecimal()
                        ? new BigDecimal(value.asText()) : value.decimalValue());
            } else if (!value.isNull()) {
                values.put(entry.getKey(), value.asText());
            }
        }
        return values;
    }

    /**
     * A one-line description of problems, for a business-rule message.
     *
     * @param fields the problems
     * @return for example {@code attributes.size '9' must be one of 5, 6, 7}
     */
    static String describe(Fields fields) {
        return fields.errors().stream().map(Object::toString).collect(Collectors.joining("; "));
    }
}
