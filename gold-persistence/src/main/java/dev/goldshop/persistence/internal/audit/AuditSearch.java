package dev.goldshop.persistence.internal.audit;

import dev.goldshop.core.audit.AuditOutcome;
import dev.goldshop.core.audit.AuditQuery;
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
 * @param fetch how many rows to read
 */
public record AuditSearch(UUID userId, String resourceType, UUID resourceId, String actionType,
        AuditOutcome outcome, Instant from, Instant to, Instant afterCreatedAt, UUID afterId, int fetch) {

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
