package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.value.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Collects every rejected field of one sales input, so that the caller hears about all of them at
 * once; {@link #throwIfAny()} raises them together, before anything is written.
 */
final class Checks {
    /** The most units on one line. */
    static final int MAX_QUANTITY = 100_000;
    private static final int SHOWN = 60;

    private final List<FieldError> errors = new ArrayList<>();

    /**
     * Rejects a field.
     *
     * @param field the field's name
     * @param value the rejected value
     * @param message what is accepted
     */
    void reject(String field, Object value, String message) {
        errors.add(new FieldError(field, value == null ? null : shorten(String.valueOf(value)), message));
    }

    /**
     * A required value.
     *
     * @param field the field's name
     * @param value the value
     * @return whether it is present
     */
    boolean required(String field, Object value) {
        if (value == null) {
            reject(field, null, "is required");
            return false;
        }
        return true;
    }

    /**
     * A free text, stripped.
     *
     * @param field the field's name
     * @param value the value
     * @param max the most characters
     * @param required whether it must be given
     * @return the stripped text, or null if blank or rejected
     */
    String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                reject(field, value, "is required (1 to " + max + " characters)");
            }
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > max) {
            reject(field, text, "must be at most " + max + " characters");
            return null;
        }
        return text;
    }

    /**
     * An amount in the shop's currency, 0 or more (or above 0).
     *
     * @param field the field's name
     * @param value the amount
     * @param currency the shop's currency
     * @param positive whether 0 is refused
     * @return whether it is acceptable
     */
    boolean amount(String field, Money value, Currency currency, boolean positive) {
        if (value == null) {
            reject(field, null, "is required");
            return false;
        }
        if (!value.currency().equals(currency)) {
            reject(field, value, "must be in the shop's currency " + currency.getCurrencyCode());
            return false;
        }
        if (positive ? !value.isPositive() : value.isNegative()) {
            reject(field, value, positive ? "must be above 0" : "must be 0 or more");
            return false;
        }
        return true;
    }

    /**
     * A number of units on a line.
     *
     * @param field the field's name
     * @param quantity the units
     * @param max the most accepted
     * @return whether it is acceptable
     */
    boolean quantity(String field, int quantity, int max) {
        if (quantity < 1 || quantity > max) {
            reject(field, quantity, "must be from 1 to " + max);
            return false;
        }
        return true;
    }

    /**
     * Whether nothing was rejected.
     *
     * @return true if no field was rejected
     */
    boolean ok() {
        return errors.isEmpty();
    }

    /**
     * Throws every rejection at once.
     *
     * @throws ValidationException if any field was rejected
     */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    }
}
