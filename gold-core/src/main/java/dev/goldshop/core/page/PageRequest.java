package dev.goldshop.core.page;

/**
 * Which page to read: after a cursor from the previous page (or from the start), at most
 * {@code limit} items.
 *
 * @param cursor the previous page's {@link Page#nextCursor()}, or {@code null} for the first page
 * @param limit how many items, 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(String cursor, int limit) {
    /** The largest page the SDK returns. */
    public static final int MAX_LIMIT = 500;
    /** The page size of {@link #first()}. */
    public static final int DEFAULT_LIMIT = 50;

    /**
     * Validates the limit.
     *
     * @throws IllegalArgumentException if the limit is out of range
     */
    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", got " + limit);
        }
    }

    /**
     * The first page, of the default size.
     *
     * @return the request
     */
    public static PageRequest first() {
        return new PageRequest(null, DEFAULT_LIMIT);
    }

    /**
     * The first page of a given size.
     *
     * @param limit how many items
     * @return the request
     */
    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }

    /**
     * The page after a cursor.
     *
     * @param cursor the previous page's cursor
     * @param limit how many items
     * @return the request
     */
    public static PageRequest after(String cursor, int limit) {
        return new PageRequest(cursor, limit);
    }
}
