package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a password must be (SECURITY.md AUTH-03, NIST SP 800-63B): 8 to 128 characters counted
 * as Unicode code points, anything allowed, no rules about character classes; not one of the
 * 10,000 most common passwords and not the username or address (both compared ignoring case).
 * The password itself is never truncated, case-folded or normalised: the check lower-cases a
 * private copy, which it clears.
 *
 * <p>A refusal never repeats the password: the field error's rejected value is always null.
 */
public final class PasswordPolicy {
    /** Fewest code points. */
    public static final int MIN_LENGTH = 8;
    /** Most code points; long enough for any passphrase, short enough to bound hashing work. */
    public static final int MAX_LENGTH = 128;
    /** The shipped list of common passwords. */
    static final String COMMON_PASSWORDS_RESOURCE = "/dev/goldshop/security/common-passwords.txt";

    private static final String ACCEPTED = "a password must be " + MIN_LENGTH + " to " + MAX_LENGTH
            + " characters (any letters, digits, symbols, spaces or emoji; no required mix), must not be one of the"
            + " 10,000 most common passwords, and must not be the username or email address";

    private static final Comparator<CharSequence> ORDER = CharSequence::compare;

    /** Lower-cased, sorted, for a binary search that never turns the password into a String. */
    private static final String[] COMMON = load();

    private PasswordPolicy() {
    }

    /**
     * Checks a password, reporting the first reason for refusal.
     *
     * @param field the field name to report, for example {@code password} or {@code newPassword}
     * @param password the password; not changed, not kept
     * @param username the user's name, or null
     * @param email the user's address, or null
     * @return the refusal, or empty if the password is accepted
     */
    public static Optional<FieldError> check(String field, char[] password, String username, String email) {
        if (password == null) {
            return refusal(field, "is required: " + ACCEPTED);
        }
        int codePoints = countCodePoints(password);
        if (codePoints < 0) {
            return refusal(field, "contains a broken character (a lone UTF-16 surrogate): " + ACCEPTED);
        }
        if (codePoints < MIN_LENGTH) {
            return refusal(field, "is too short (" + codePoints + " characters): " + ACCEPTED);
        }
        if (codePoints > MAX_LENGTH) {
            return refusal(field, "is too long (" + codePoints + " characters): " + ACCEPTED);
        }
        Lowered lower = Lowered.of(password);
        try {
            if (Arrays.binarySearch(COMMON, lower.view(), ORDER) >= 0) {
                return refusal(field, "is one of the most common passwords, which are guessed first: " + ACCEPTED);
            }
            if (username != null && lower.equalsIgnoringCase(username)) {
                return refusal(field, "is the username: " + ACCEPTED);
            }
            if (email != null && lower.equalsIgnoringCase(email)) {
                return refusal(field, "is the email address: " + ACCEPTED);
            }
            return Optional.empty();
        } finally {
            lower.clear();
        }
    }

    /**
     * Checks a password and throws on refusal.
     *
     * @param field the field name to report
     * @param password the password
     * @param username the user's name, or null
     * @param email the user's address, or null
     * @throws ValidationException if the password is refused; the error never repeats it
     */
    public static void require(String field, char[] password, String username, String email) {
        Optional<FieldError> refusal = check(field, password, username, email);
        if (refusal.isPresent()) {
            throw new ValidationException(List.of(refusal.get()));
        }
    }

    /**
     * Whether a password is on the shipped list, ignoring case.
     *
     * @param password the password
     * @return true if listed
     */
    public static boolean isCommon(char[] password) {
        Lowered lower = Lowered.of(password);
        try {
            return Arrays.binarySearch(COMMON, lower.view(), ORDER) >= 0;
        } finally {
            lower.clear();
        }
    }

    /**
     * How many passwords the shipped list holds.
     *
     * @return the count
     */
    public static int commonPasswordCount() {
        return COMMON.length;
    }

    private static Optional<FieldError> refusal(String field, String message) {
        return Optional.of(new FieldError(field, null, message));
    }

    /** Code points, or -1 if a surrogate is unpaired. */
    private static int countCodePoints(char[] text) {
        int count = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length || !Character.isLowSurrogate(text[i + 1])) {
                    return -1;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return -1;
            }
            count++;
        }
        return count;
    }

    /**
     * A private lower-cased copy of a password, code point by code point (the list is lower-case,
     * and "Password123" is as weak as "password123"); cleared after the check.
     */
    private record Lowered(char[] chars, int length) {
        static Lowered of(char[] text) {
            char[] out = new char[text.length * 2];
            int at = 0;
            for (int i = 0; i < text.length; ) {
                int cp = Character.codePointAt(text, i);
                at += Character.toChars(Character.toLowerCase(cp), out, at);
                i += Character.charCount(cp);
            }
            return new Lowered(out, at);
        }

        CharSequence view() {
            return CharBuffer.wrap(chars, 0, length);
        }

        boolean equalsIgnoringCase(String other) {
            Lowered lowered = of(other.toCharArray());
            return CharSequence.compare(view(), lowered.view()) == 0;
        }

        void clear() {
            Arrays.fill(chars, '\0');
        }
    }

    private static String[] load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the common password list " + COMMON_PASSWORDS_RESOURCE
                        + " is missing from the classpath; the gold-persistence jar is incomplete");
            }
            TreeSet<String> words = new TreeSet<>(ORDER);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return words.toArray(new String[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + COMMON_PASSWORDS_RESOURCE, e);
        }
    }
}
