package dev.goldshop.core.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened in the shop, written to the outbox in the same transaction as the
 * change it describes, and delivered to listeners only after that transaction committed.
 *
 * @param id the event's own id (time-ordered)
 * @param eventType what happened, for example {@code "invoice.issued"}
 * @param aggregateType the kind of entity that changed, for example {@code "invoice"}
 * @param aggregateId the entity's id
 * @param occurredAt when it happened, on the engine's clock
 * @param payload the facts a consumer needs, as JSON-compatible values
 */
public record DomainEvent(
        UUID id, String eventType, String aggregateType, UUID aggregateId, Instant occurredAt,
        Map<String, Object> payload) {

    /**
     * Validates the components and copies the payload.
     *
     * @throws NullPointerException if a component other than {@code aggregateId} is null
     */
    public DomainEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(occurredAt, "occurredAt");
        payload = Map.copyOf(Objects.requireNonNull(payload, "payload"));
    }
}
