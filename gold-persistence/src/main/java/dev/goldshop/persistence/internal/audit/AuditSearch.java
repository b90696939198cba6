package dev.goldshop.persistence.internal.audit;

import dev.goldshop.core.audit.AuditOutcome;
import dev.goldshop.core.audit.AuditQuery;
import dev.goldshop.core.page.PageRequest;
import java.time.Instant;
import java.util.UUID;

/**
 * The parameters of one page read: the filters, the position after which the page starts, and
 * how many rows to fetch (one more than the page holds, to learn whether another page follows).
 *
 * @param userId acting user filter, or null
 * @param resourceType resource type filter, or null
 * @param resourceId resource filter, or null
 * @param actionType action filter, or null
 * @param outcome outcome filter, or null
 * @param from inclusive start, or null
 * @param to exclusive end, or null
 * @param afterCreatedAt the cursor's time, or null on the first page
 * @param afterId the cursor's row id, or null on the first page
 * @param fetch how many rows to read, 1 to {@value #MAX_FETCH}
 */
public record AuditSearch(UUID userId, String resourceType, UUID resourceId, String actionType,
        AuditOutcome outcome, Instant from, Instant to, Instant afterCreatedAt, UUID afterId, int fetch) {
    /** The most rows a page read takes: the largest page and the row that tells whether another follows. */
    static final int MAX_FETCH = PageRequest.MAX_LIMIT + 1;

    /**
     * Checks the row count.
     *
     * @throws IllegalArgumentException if the count is out of range
     */
    public AuditSearch {
        if (fetch < 1 || fetch > MAX_FETCH) {
            throw new IllegalArgumentException("fetch must be 1 to " + MAX_FETCH + ", got " + fetch);
        }
    }

    /**
     * The search for a page of a query.
     *
     * @param query the filters
     * @param after the previous page's cursor, or null
     * @param fetch how many rows to read
     * @return the search
     */
    static AuditSearch of(AuditQuery query, AuditCursor after, int fetch) {
        return new AuditSearch(query.userId(), query.resourceType(), query.resourceId(), query.actionType(),
                query.outcome(), query.from(), query.to(), after == null ? null : after.createdAt(),
                after == null ? null : after.id(), fetch);
    }
}
