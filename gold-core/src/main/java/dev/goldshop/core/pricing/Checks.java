package dev.goldshop.core.pricing;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.value.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the rejected fields of one input, so that a caller hears about every mistake at
 * once instead of fixing them one round trip at a time.
 */
final class Checks {
    /** The largest percentage the SDK stores (numeric(5,2) on items and invoice lines). */
    static final BigDecimal MAX_PERCENT = new BigDecimal("999.99");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Percentages are stored with two decimals. */
    static final int PERCENT_SCALE = 2;
    /** Rates per gram are stored with four decimals (numeric(14,4)). */
    static final int RATE_SCALE = 4;

    private final List<FieldError> errors = new ArrayList<>();

    void reject(String field, Object value, String accepted) {
        errors.add(new FieldError(field, value == null ? null : show(value), accepted));
    }

    boolean required(String field, Object value) {
        if (value == null) {
            reject(field, null, "is required");
            return false;
        }
        return true;
    }

    void percent(String field, BigDecimal value, BigDecimal max) {
        if (!required(field, value)) {
            return;
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            reject(field, value, "must be a percentage from 0 to " + max.toPlainString());
        } else if (decimals(value) > PERCENT_SCALE) {
            reject(field, value, "must have at most " + PERCENT_SCALE + " decimals, such as 12.25");
        }
    }

    void nonNegativeMoney(String field, Money value) {
        if (required(field, value) && value.isNegative()) {
            reject(field, value, "must be 0 or more");
        }
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static int decimals(BigDecimal value) {
        return value.signum() == 0 ? 0 : Math.max(0, value.stripTrailingZeros().scale());
    }

    private static String show(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }
}
