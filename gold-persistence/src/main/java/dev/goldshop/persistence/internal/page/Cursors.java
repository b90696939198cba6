package dev.goldshop.persistence.internal.page;

import dev.goldshop.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

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

    /**
     * A (created_at, id) sort key, the most common keyset of the SDK's lists.
     *
     * @param at the row's time
     * @param id the row's id, breaking ties
     */
    public record TimeAndId(Instant at, UUID id) {
        /**
         * The cursor of this key.
         *
         * @return the cursor
         */
        public String encode() {
            return Cursors.encode(at.toString(), id.toString());
        }
    }

    /**
     * Decodes a (created_at, id) cursor.
     *
     * @param cursor the previous page's cursor, or {@code null} for the first page
     * @return the key, or {@code null} for the first page
     * @throws ValidationException if the cursor is not one such a list produced
     */
    public static TimeAndId decodeTimeAndId(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> key = decode(cursor, 2);
        try {
            return new TimeAndId(Instant.parse(key.get(0)), UUID.fromString(key.get(1)));
        } catch (RuntimeException e) {
            throw ValidationException.of("cursor", cursor, "is not a cursor of this list");
        }
    }
}
