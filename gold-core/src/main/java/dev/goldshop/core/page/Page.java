package dev.goldshop.core.page;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a list, read with a keyset cursor (never OFFSET), so that paging stays fast on
 * large tables and stable while rows are added.
 *
 * @param items the items of this page, in the list's order
 * @param nextCursor an opaque cursor for the next page, empty on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    /**
     * Copies the items.
     */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }

    /**
     * Whether there is a next page.
     *
     * @return true if {@link #nextCursor()} is present
     */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
