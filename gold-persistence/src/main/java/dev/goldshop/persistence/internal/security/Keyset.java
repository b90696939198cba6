package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Keyset paging over one unique text key (a name): the cursor is the last key of the page,
 * opaque to the host (URL-safe Base64 with a prefix saying which list it belongs to).
 */
final class Keyset {
    private Keyset() {
    }

    /**
     * Reads one page.
     *
     * @param list which list, for example {@code users}; a cursor of another list is refused
     * @param request cursor and limit
     * @param query reads up to {@code limit} rows after a key (null for the start)
     * @param key the key of a row
     * @param map turns a row into the result type
     * @param <R> the row type
     * @param <T> the result type
     * @return the page
     * @throws ValidationException if the cursor is not one this list returned
     */
    static <R, T> Page<T> page(String list, PageRequest request, BiFunction<String, Integer, List<R>> query,
            Function<R, String> key, Function<R, T> map) {
        String after = request.cursor() == null ? null : decode(list, request.cursor());
        List<R> rows = query.apply(after, request.limit() + 1);
        boolean more = rows.size() > request.limit();
        List<R> shown = more ? rows.subList(0, request.limit()) : rows;
        List<T> items = new ArrayList<>(shown.size());
        shown.forEach(row -> items.add(map.apply(row)));
        Optional<String> next = more ? Optional.of(encode(list, key.apply(shown.get(shown.size() - 1))))
                : Optional.empty();
        return new Page<>(items, next);
    }

    private static String encode(String list, String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((list + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String list, String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(list + ":")) {
                return text.substring(list.length() + 1);
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below
        }
        throw ValidationException.of("cursor", cursor, "must be the nextCursor of a previous page of " + list
                + ", or null for the first page");
    }
}
