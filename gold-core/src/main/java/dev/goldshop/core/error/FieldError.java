package dev.goldshop.core.error;

import java.util.Objects;

/**
 * One rejected input field.
 *
 * @param field the field's name as the caller knows it, for example {@code "email"}
 * @param rejectedValue the rejected value as text (masked where it is sensitive), or {@code null}
 * @param message what is accepted instead, for example {@code "must be 8 to 128 characters"}
 */
public record FieldError(String field, String rejectedValue, String message) {
    /**
     * Validates the components.
     *
     * @throws NullPointerException if {@code field} or {@code message} is null
     */
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + " '" + rejectedValue + "' " + message;
    }
}
