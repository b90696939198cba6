package dev.goldshop.core.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input was invalid. Nothing was written. {@link #fieldErrors()} lists every rejected
 * field with its value and what would be accepted.
 */
public class ValidationException extends GoldShopException {
    private static final long serialVersionUID = 1L;

    private final List<FieldError> fieldErrors;

    /**
     * Creates a validation failure for one or more fields.
     *
     * @param fieldErrors the rejected fields, at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public ValidationException(List<FieldError> fieldErrors) {
        this(ErrorCode.VALIDATION_FAILED, fieldErrors, null);
    }

    /**
     * Creates a validation failure for one field.
     *
     * @param field the field's name
     * @param rejectedValue the rejected value as text, or {@code null}
     * @param message what would be accepted
     * @return the exception, to be thrown by the caller
     */
    public static ValidationException of(String field, Object rejectedValue, String message) {
        return new ValidationException(
                List.of(new FieldError(field, rejectedValue == null ? null : String.valueOf(rejectedValue), message)));
    }

    /**
     * Creates a validation failure with an explicit code and cause (used when the database
     * itself refused a value).
     *
     * @param code the error code
     * @param fieldErrors the rejected fields, at least one
     * @param cause the underlying failure, or {@code null}
     */
    public ValidationException(ErrorCode code, List<FieldError> fieldErrors, Throwable cause) {
        super(code, describe(fieldErrors), cause);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    private static String describe(List<FieldError> errors) {
        if (errors == null || errors.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one field error");
        }
        return "Invalid input: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
    }

    /**
     * The rejected fields.
     *
     * @return an immutable, non-empty list
     */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
