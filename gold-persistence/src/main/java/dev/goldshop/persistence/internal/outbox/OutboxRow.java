package dev.goldshop.persistence.internal.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** One outbox row, as the multi-row insert binds it. */
public final class OutboxRow {
    /** The event's id. */
    public final UUID id;
    /** What happened. */
    public final String eventType;
    /** The kind of entity. */
    public final String aggregateType;
    /** The entity, or null. */
    public final UUID aggregateId;
    /** The payload. */
    public final JsonNode payload;
    /** When it happened. */
    public final Instant createdAt;

    OutboxRow(UUID id, String eventType, String aggregateType, UUID aggregateId, JsonNode payload, Instant createdAt) {
        this.id = id;
        this.eventType = eventType;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.payload = payload;
        this.createdAt = createdAt;
    }
}
