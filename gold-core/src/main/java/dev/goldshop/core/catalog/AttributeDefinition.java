package dev.goldshop.core.catalog;

import java.util.List;

/**
 * One attribute that items of a category must or may carry, as part of a
 * {@link CategoryTemplate}. The definition is checked when a template is saved (not when the
 * record is built), so that every problem comes back at once as a
 * {@link dev.goldshop.core.error.ValidationException} naming the field.
 *
 * <p>Rules checked on save: {@code name} is a key of lower-case letters, digits and
 * {@code _}, starting with a letter, at most 63 characters, unique within the template;
 * {@code allowedValues} is given (non-empty, distinct, non-blank) for {@link AttributeType#CHOICE}
 * and only for it; {@code unit} (at most 20 characters) is given only for
 * {@link AttributeType#NUMBER} and {@link AttributeType#WEIGHT_GRAMS}, where it must be
 * {@code "g"} if present.
 *
 * @param name the key under which items hold the value, for example {@code ring_size}
 * @param type what values are accepted
 * @param required whether every item of the category must carry a value
 * @param allowedValues the accepted values of a choice, in display order; empty otherwise
 * @param unit the unit of a number, for example {@code mm}; {@code null} when there is none
 */
public record AttributeDefinition(String name, AttributeType type, boolean required, List<String> allowedValues,
        String unit) {

    /**
     * Copies the allowed values; a {@code null} list is taken as empty.
     */
    public AttributeDefinition {
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    }

    /**
     * A text attribute.
     *
     * @param name the key
     * @param required whether items must carry it
     * @return the definition
     */
    public static AttributeDefinition text(String name, boolean required) {
        return new AttributeDefinition(name, AttributeType.TEXT, required, List.of(), null);
    }

    /**
     * A number attribute.
     *
     * @param name the key
     * @param required whether items must carry it
     * @param unit the unit, or {@code null}
     * @return the definition
     */
    public static AttributeDefinition number(String name, boolean required, String unit) {
        return new AttributeDefinition(name, AttributeType.NUMBER, required, List.of(), unit);
    }

    /**
     * A yes/no attribute.
     *
     * @param name the key
     * @param required whether items must carry it
     * @return the definition
     */
    public static AttributeDefinition bool(String name, boolean required) {
        return new AttributeDefinition(name, AttributeType.BOOLEAN, required, List.of(), null);
    }

    /**
     * A choice among fixed values.
     *
     * @param name the key
     * @param required whether items must carry it
     * @param allowedValues the accepted values
     * @return the definition
     */
    public static AttributeDefinition choice(String name, boolean required, List<String> allowedValues) {
        return new AttributeDefinition(name, AttributeType.CHOICE, required, allowedValues, null);
    }

    /**
     * A weight in grams.
     *
     * @param name the key
     * @param required whether items must carry it
     * @return the definition
     */
    public static AttributeDefinition weight(String name, boolean required) {
        return new AttributeDefinition(name, AttributeType.WEIGHT_GRAMS, required, List.of(), "g");
    }

    /**
     * A date.
     *
     * @param name the key
     * @param required whether items must carry it
     * @return the definition
     */
    public static AttributeDefinition date(String name, boolean required) {
        return new AttributeDefinition(name, AttributeType.DATE, required, List.of(), null);
    }
}
