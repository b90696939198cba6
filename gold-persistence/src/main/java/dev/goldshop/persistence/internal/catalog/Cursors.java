package dev.goldshop.persistence.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.goldshop.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: the sort key of the last row of a page, tagged with the list it
 * belongs to, as URL-safe base64 of a JSON array. A cursor of one list is refused by another,
 * and anything that is not a cursor is a validation error naming {@code page.cursor}.
 */
final class Cursors {
    private final ObjectMapper json;

    Cursors(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Encodes a position.
     *
     * @param list which list, for example {@code "items"}
     * @param parts the sort key of the last row, as text
     * @return the cursor
     */
    String encode(String list, String... parts) {
        ArrayNode array = json.createArrayNode().add(list);
        for (String part : parts) {
            array.add(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a position.
     *
     * @param list which list the cursor must belong to
     * @param cursor the cursor, or null for the first page
     * @param size how many parts the sort key has
     * @return the parts, or null for the first page
     * @throws ValidationException if the cursor is not one of this list
     */
    List<String> decode(String list, String cursor, int size) {
        if (cursor == null) {
            return null;
        }
        try {
            JsonNode node = json.readTree(Base64.getUrlDecoder().decode(cursor));
            if (node != null && node.isArray() && node.size() == size + 1 && list.equals(node.get(0).asText())) {
                List<String> parts = new ArrayList<>();
                for (int i = 1; i <= size; i++) {
                    if (!node.get(i).isTextual()) {
                        throw invalid(cursor);
                    }
                    parts.add(node.get(i).asText());
                }
                return parts;
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid(cursor);
        }
        throw invalid(cursor);
    }

    static ValidationException invalid(String cursor) {
        return ValidationException.of("page.cursor", Fields.shorten(cursor),
                "is not a cursor returned by this list; pass the nextCursor of the previous page, or null");
    }
}
