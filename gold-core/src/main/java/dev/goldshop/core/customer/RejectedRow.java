package dev.goldshop.core.customer;

import dev.goldshop.core.error.FieldError;
import java.util.List;

/**
 * One input row that {@link CustomerImport} left out, and why: every rejected field of it, each
 * with the value (national ids masked, birth dates not repeated) and what is accepted. A
 * duplicate names the field it repeats and, in the message, the customer code or the earlier
 * row it repeats.
 *
 * @param rowNumber the row's position in the input, from 1
 * @param errors the reasons, at least one
 */
public record RejectedRow(long rowNumber, List<FieldError> errors) {
    /**
     * Copies the list.
     */
    public RejectedRow {
        errors = List.copyOf(errors);
    }

    /**
     * One line per reason, for a log or an import summary shown to a person.
     *
     * @return for example {@code row 12: phone '+1 555' must be a valid number}
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("row ").append(rowNumber).append(':');
        for (FieldError error : errors) {
            out.append(' ').append(error).append(';');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
