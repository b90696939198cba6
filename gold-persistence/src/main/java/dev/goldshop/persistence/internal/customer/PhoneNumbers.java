package dev.goldshop.persistence.internal.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers in E.164 form ({@code +14155550123}), the one form stored and searched, so that
 * "(415) 555-0123", "415.555.0123" and "+1 415 555 0123" are the same number. Parsing and
 * validity come from Google's libphonenumber, whose per-country rules are maintained upstream.
 */
final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * Normalises a number.
     *
     * @param raw the number as typed
     * @param region the ISO 3166-1 region for numbers without a country code
     * @return the number in E.164 form
     * @throws IllegalArgumentException with a message for the user if it is not a valid number
     */
    static String toE164(String raw, String region) {
        String accepted = "must be a valid phone number, for example +14155550123; numbers without a country code"
                + " are read as region " + region;
        if (raw == null || raw.isBlank() || raw.length() > 40 || Text.hasControl(raw)) {
            throw new IllegalArgumentException(accepted);
        }
        try {
            PhoneNumber number = UTIL.parse(raw.strip(), region);
            if (!UTIL.isValidNumber(number)) {
                throw new IllegalArgumentException(accepted);
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException(accepted, e);
        }
    }

    /**
     * Whether a region code is one libphonenumber knows.
     *
     * @param region for example {@code US}
     * @return true if supported
     */
    static boolean isKnownRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region);
    }
}
