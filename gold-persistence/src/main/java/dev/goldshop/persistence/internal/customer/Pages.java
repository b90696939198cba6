package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.page.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Cuts rows read with {@code limit + 1} into a page and the cursor after it. */
final class Pages {
    private Pages() {
    }

    /**
     * A page.
     *
     * @param rows up to {@code limit + 1} rows
     * @param limit the page size
     * @param map row to item
     * @param cursor the cursor after a row
     * @param <R> the row type
     * @param <T> the item type
     * @return the page, with a cursor when another row was read
     */
    static <R, T> Page<T> of(List<R> rows, int limit, Function<R, T> map, Function<R, String> cursor) {
        List<T> items = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), limit); i++) {
            items.add(map.apply(rows.get(i)));
        }
        Optional<String> next = rows.size() > limit ? Optional.of(cursor.apply(rows.get(limit - 1))) : Optional.empty();
        return new Page<>(items, next);
    }
}
