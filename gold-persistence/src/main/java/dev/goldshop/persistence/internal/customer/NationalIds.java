package dev.goldshop.persistence.internal.customer;

import dev.goldshop.persistence.internal.audit.Redactor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms of a national id: as typed (what is encrypted and shown to those allowed), canonical
 * (what the blind index is computed from, so that "ab-123 456" and "AB123456" are the same
 * person), and masked (what everyone else sees and what the spec's column holds).
 */
final class NationalIds {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern PLAUSIBLE = Pattern.compile("[^\\p{Cntrl}]{1,50}");

    private NationalIds() {
    }

    /**
     * The canonical form: upper case, without spaces and hyphens.
     *
     * @param nationalId the id as typed
     * @return the canonical form
     */
    static String canonical(String nationalId) {
        return SEPARATORS.matcher(nationalId.strip()).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /**
     * The masked form, the last four characters: {@code ****1234}.
     *
     * @param nationalId the id, or {@code null}
     * @return the masked form, or {@code null}
     */
    static String mask(String nationalId) {
        return nationalId == null ? null : Redactor.mask(nationalId.strip());
    }

    /**
     * Whether text could be a national id at all (for search input, which the shop's pattern
     * does not check: an id that does not match it is simply not found).
     *
     * @param text the text
     * @return true for 1 to 50 characters without control characters
     */
    static boolean isPlausible(String text) {
        return PLAUSIBLE.matcher(text.strip()).matches();
    }

    /**
     * Whether a value is a masked form sent back (a client saving the masked view it read).
     *
     * @param value the value
     * @return true if it starts with {@code ****}
     */
    static boolean looksMasked(String value) {
        return value.strip().startsWith("****");
    }
}
