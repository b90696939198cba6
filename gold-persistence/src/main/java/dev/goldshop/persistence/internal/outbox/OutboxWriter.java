package dev.goldshop.persistence.internal.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.OutboxMapper;

/** Writes a domain event to {@code outbox_events} in the caller's transaction. */
public final class OutboxWriter implements dev.goldshop.persistence.internal.tx.OutboxSink {
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
    @Override
    public void write(Tx tx, DomainEvent event) {
        tx.mapper(OutboxMapper.class).insert(event.id(), event.eventType(), event.aggregateType(),
                event.aggregateId(), json.valueToTree(event.payload()), event.occurredAt());
    }

    /**
     * Inserts the events in one statement.
     *
     * @param tx the current transaction
     * @param events the events, in publication order
     */
    @Override
    public void writeAll(Tx tx, java.util.List<DomainEvent> events) {
        if (events.size() == 1) {
            write(tx, events.get(0));
            return;
        }
        java.util.List<OutboxRow> rows = new java.util.ArrayList<>(events.size());
        for (DomainEvent event : events) {
            rows.add(new OutboxRow(event.id(), event.eventType(), event.aggregateType(), event.aggregateId(),
                    json.valueToTree(event.payload()), event.occurredAt()));
        }
        tx.mapper(OutboxMapper.class).insertAll(rows);
    }
}
