package dev.goldshop.persistence.internal.page;

import dev.goldshop.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: the sort key of the last row of a page, as base64url text. A cursor
 * is not a secret and not trusted: a malformed one is a validation error on {@code cursor}.
 */
public final class Cursors {
    private static final char SEPARATOR = '\u001f';

    private Cursors() {
    }

    /**
     * Encodes the parts of a sort key.
     *
     * @param parts the key's parts as text (no part may contain U+001F)
     * @return the cursor
     */
    public static String encode(String... parts) {
        String joined = String.join(String.valueOf(SEPARATOR), parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor into exactly {@code expectedParts} parts.
     *
     * @param cursor the cursor from a previous page
     * @param expectedParts how many parts the sort key has
     * @return the parts
     * @throws ValidationException if the cursor is not one this list produced
     */
    public static List<String> decode(String cursor, int expectedParts) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() != expectedParts) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("cursor", cursor,
                    "is not a cursor of this list; pass the nextCursor of the previous page, or none for the first");
        }
    }
}
