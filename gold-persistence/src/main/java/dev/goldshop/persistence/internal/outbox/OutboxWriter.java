package dev.goldshop.persistence.internal.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.OutboxMapper;

/** Writes a domain event to {@code outbox_events} in the caller's transaction. */
public final class OutboxWriter {
    private final ObjectMapper json;

    /**
     * Creates the writer.
     *
     * @param json the engine's object mapper
     */
    public OutboxWriter(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Inserts the event.
     *
     * @param tx the current transaction
     * @param event the event
     */
    public void write(Tx tx, DomainEvent event) {
        tx.mapper(OutboxMapper.class).insert(event.id(), event.eventType(), event.aggregateType(),
                event.aggregateId(), json.valueToTree(event.payload()), event.occurredAt());
    }
}
