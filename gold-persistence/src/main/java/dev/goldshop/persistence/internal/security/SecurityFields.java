package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules for the text fields of users, roles and templates, each reporting the field, the
 * value and what is accepted. Collected into one {@link ValidationException} so that a form
 * shows every problem at once.
 */
final class SecurityFields {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final int MAX_EMAIL = 255;
    private static final int MAX_FULL_NAME = 200;
    private static final int MAX_NAME = 100;
    private static final int MAX_DESCRIPTION = 1000;

    private SecurityFields() {
    }

    static void username(List<FieldError> errors, String value) {
        if (value == null || !USERNAME.matcher(value).matches()) {
            errors.add(new FieldError("username", value, "must be 3 to 100 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit, for example 'maria.k'"));
        }
    }

    static void email(List<FieldError> errors, String value) {
        if (value == null || value.length() > MAX_EMAIL || !EMAIL.matcher(value).matches()) {
            errors.add(new FieldError("email", value, "must be an address like name@example.com, at most "
                    + MAX_EMAIL + " characters"));
        }
    }

    static void fullName(List<FieldError> errors, String value) {
        text(errors, "fullName", value, MAX_FULL_NAME);
    }

    static void name(List<FieldError> errors, String field, String value) {
        text(errors, field, value, MAX_NAME);
    }

    static void description(List<FieldError> errors, String value) {
        if (value != null && (value.length() > MAX_DESCRIPTION || hasControl(value, true))) {
            errors.add(new FieldError("description", value, "must be at most " + MAX_DESCRIPTION
                    + " characters without control characters other than line breaks and tabs, or null"));
        }
    }

    static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, null, "is required"));
        }
    }

    static void requiredId(List<FieldError> errors, String field, UUID value) {
        if (value == null) {
            errors.add(new FieldError(field, null, "is required: the id of an existing " + field.replace("Id", "")));
        }
    }

    /**
     * Throws when anything was collected.
     *
     * @param errors the collected errors
     * @throws ValidationException if there is at least one
     */
    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max || !value.equals(value.strip())
                || hasControl(value, false)) {
            errors.add(new FieldError(field, value, "must be 1 to " + max
                    + " characters, not blank, without leading or trailing spaces or control characters"));
        }
    }

    private static boolean hasControl(String value, boolean allowLineBreaks) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(allowLineBreaks && (c == '\n' || c == '\r' || c == '\t'))) {
                return true;
            }
        }
        return false;
    }
}
