package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.catalog.AttributeDefinition;
import dev.goldshop.core.catalog.AttributeType;
import dev.goldshop.core.catalog.CategoryTemplateDraft;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a category template must satisfy before it is saved (see {@link CategoryTemplateDraft}). */
final class TemplateRules {
    static final int MAX_ATTRIBUTES = 100;
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final int MAX_ALLOWED_VALUES = 200;
    private static final int MAX_VALUE_LENGTH = 100;

    private TemplateRules() {
    }

    /**
     * Checks a draft and throws every problem at once.
     *
     * @param draft the draft, possibly null
     * @throws dev.goldshop.core.error.ValidationException naming each invalid field
     */
    static void check(CategoryTemplateDraft draft) {
        Fields fields = new Fields();
        if (draft == null) {
            fields.reject("template", null, "is required");
            fields.throwIfAny();
            return;
        }
        fields.requiredText("name", draft.name(), 100);
        fields.optionalText("description", draft.description(), 2000);
        List<AttributeDefinition> attributes = draft.attributes();
        if (attributes.size() > MAX_ATTRIBUTES) {
            fields.reject("attributes", attributes.size() + " definitions", "must be at most " + MAX_ATTRIBUTES
                    + " definitions");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < attributes.size(); i++) {
            String at = "attributes[" + i + "]";
            AttributeDefinition definition = attributes.get(i);
            if (definition == null) {
                fields.reject(at, null, "must be a definition, not null");
                continue;
            }
            checkName(fields, at, definition.name(), names);
            if (definition.type() == null) {
                fields.reject(at + ".type", null, "is required: one of text, number, boolean, choice, weight_grams, date");
                continue;
            }
            checkAllowedValues(fields, at, definition);
            checkUnit(fields, at, definition);
        }
        fields.throwIfAny();
    }

    private static void checkName(Fields fields, String at, String name, Set<String> names) {
        if (name == null || !ATTRIBUTE_NAME.matcher(name).matches()) {
            fields.reject(at + ".name", name, "must be lower-case letters, digits and _, starting with a letter, "
                    + "at most 63 characters (for example ring_size)");
        } else if (!names.add(name)) {
            fields.reject(at + ".name", name, "is defined twice; attribute names must be unique in a template");
        }
    }

    private static void checkAllowedValues(Fields fields, String at, AttributeDefinition definition) {
        List<String> values = definition.allowedValues();
        if (definition.type() != AttributeType.CHOICE) {
            if (!values.isEmpty()) {
                fields.reject(at + ".allowedValues", values, "apply only to the choice type");
            }
            return;
        }
        if (values.isEmpty() || values.size() > MAX_ALLOWED_VALUES) {
            fields.reject(at + ".allowedValues", values, "must list 1 to " + MAX_ALLOWED_VALUES
                    + " values for a choice");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (value == null || value.isBlank() || Fields.length(value) > MAX_VALUE_LENGTH) {
                fields.reject(at + ".allowedValues", value, "each value must be non-blank text of at most "
                        + MAX_VALUE_LENGTH + " characters");
            } else if (!seen.add(value)) {
                fields.reject(at + ".allowedValues", value, "lists this value twice");
            }
        }
    }

    private static void checkUnit(Fields fields, String at, AttributeDefinition definition) {
        String unit = definition.unit();
        if (unit == null) {
            return;
        }
        switch (definition.type()) {
            case NUMBER -> {
                if (unit.isBlank() || Fields.length(unit) > 20) {
                    fields.reject(at + ".unit", unit, "must be 1 to 20 characters, such as mm, or absent");
                }
            }
            case WEIGHT_GRAMS -> {
                if (!"g".equals(unit)) {
                    fields.reject(at + ".unit", unit, "must be g (or absent) for weight_grams");
                }
            }
            default -> fields.reject(at + ".unit", unit, "applies only to number and weight_grams attributes");
        }
    }
}
