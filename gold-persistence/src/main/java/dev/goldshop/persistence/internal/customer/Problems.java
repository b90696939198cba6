package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every rejected field of one input, so that the caller hears about all of them at
 * once, and normalises text fields on the way (surrounding spaces off, blank as absent).
 */
final class Problems {
    private final List<FieldError> errors = new ArrayList<>();

    /**
     * Rejects a field.
     *
     * @param field the field's name
     * @param value the rejected value (masked by the caller where sensitive)
     * @param message what is accepted
     */
    void add(String field, Object value, String message) {
        errors.add(new FieldError(field, value == null ? null : String.valueOf(value), message));
    }

    /**
     * A single-line text field.
     *
     * @param field the field's name
     * @param value the value
     * @param max the most characters the column takes
     * @param required whether it must be given
     * @return the stripped value, or {@code null} if blank or rejected
     */
    String line(String field, String value, int max, boolean required) {
        return text(field, value, max, required, false);
    }

    /**
     * A multi-line text field (line breaks and tabs allowed).
     *
     * @param field the field's name
     * @param value the value
     * @param max the most characters accepted
     * @return the value with surrounding spaces off, or {@code null} if blank or rejected
     */
    String multiline(String field, String value, int max) {
        return text(field, value, max, false, true);
    }

    private String text(String field, String value, int max, boolean required, boolean lines) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, value, "is required (1 to " + max + " characters)");
            }
            return null;
        }
        String text = value.strip();
        if (Text.length(text) > max) {
            add(field, abbreviate(text), "must be at most " + max + " characters, got " + Text.length(text));
            return null;
        }
        if (lines ? Text.hasControlBesidesLines(text) : Text.hasControl(text)) {
            add(field, abbreviate(text), lines ? "must not contain control characters other than line breaks and tabs"
                    : "must be one line without control characters");
            return null;
        }
        return text;
    }

    /**
     * Whether a field was rejected so far.
     *
     * @return true if any
     */
    boolean any() {
        return !errors.isEmpty();
    }

    /**
     * Throws everything collected, if anything.
     *
     * @throws ValidationException if a field was rejected
     */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
