package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.value.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Collects the field errors of one call, so that every problem of an input is reported at once,
 * each naming the field, the rejected value and what is accepted.
 */
final class Fields {
    /** numeric(14,2) holds amounts below this. */
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1000000000000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The largest quantity or delta accepted in one call, far below int overflow when summed. */
    static final int MAX_QUANTITY = 1_000_000_000;

    private final List<FieldError> errors = new ArrayList<>();

    /**
     * Records a rejected field.
     *
     * @param field the field's name as the caller knows it
     * @param value the rejected value, or null
     * @param message what is accepted
     */
    void reject(String field, Object value, String message) {
        errors.add(new FieldError(field, value == null ? null : String.valueOf(value), message));
    }

    /**
     * Throws every rejected field at once, if there is any.
     *
     * @throws ValidationException if a field was rejected
     */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /**
     * Checks a required text: present, not blank, at most {@code max} characters.
     *
     * @return whether it passed
     */
    boolean requiredText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            reject(field, value, "is required and must not be blank");
            return false;
        }
        return optionalText(field, value, max);
    }

    /**
     * Checks an optional text: absent, or at most {@code max} characters.
     *
     * @return whether it passed
     */
    boolean optionalText(String field, String value, int max) {
        if (value != null && length(value) > max) {
            reject(field, shorten(value), "must be at most " + max + " characters (it has " + length(value) + ")");
            return false;
        }
        return true;
    }

    /**
     * Checks an amount: in the shop's currency, not negative, storable in numeric(14,2).
     */
    void amount(String field, Money value, Currency currency) {
        if (value == null) {
            return;
        }
        if (!value.currency().equals(currency)) {
            reject(field, value, "must be in the shop's currency " + currency.getCurrencyCode());
        } else if (value.isNegative()) {
            reject(field, value, "must not be negative");
        } else if (value.amount().abs().compareTo(AMOUNT_LIMIT) >= 0) {
            reject(field, value, "must be below 1000000000000");
        } else if (value.amount().stripTrailingZeros().scale() > 2) {
            reject(field, value, "must have at most 2 decimals");
        }
    }

    /**
     * Checks a percentage: 0 to 100 with at most two decimals.
     */
    void percent(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0
                || value.stripTrailingZeros().scale() > 2)) {
            reject(field, value.toPlainString(), "must be a percentage from 0 to 100 with at most 2 decimals");
        }
    }

    /**
     * Checks a decimal stored in numeric(14,2): not negative, below 10^12, two decimals at most.
     */
    void decimal(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(AMOUNT_LIMIT) >= 0
                || value.stripTrailingZeros().scale() > 2)) {
            reject(field, value.toPlainString(),
                    "must be from 0 to below 1000000000000 with at most 2 decimals");
        }
    }

    /**
     * Checks a count: from {@code min} to {@link #MAX_QUANTITY}.
     */
    void count(String field, Integer value, int min) {
        if (value != null && (value < min || value > MAX_QUANTITY)) {
            reject(field, value, "must be from " + min + " to " + MAX_QUANTITY);
        }
    }

    /**
     * The length of a text in characters (code points), as PostgreSQL counts varchar lengths.
     */
    static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** Keeps a very long rejected value from flooding a message. */
    static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
