package dev.goldshop.persistence.internal.tx;

import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.engine.spi.Tx;

/** Where events published in a transaction go: the outbox table, in that transaction. */
@FunctionalInterface
public interface OutboxSink {
    /**
     * Writes the event.
     *
     * @param tx the transaction
     * @param event the event
     */
    void write(Tx tx, DomainEvent event);

    /**
     * Writes several events, by default one after the other. A transaction buffers what it
     * publishes and writes it all just before it commits, so an implementation that writes
     * them in one statement saves a round trip per event.
     *
     * @param tx the transaction
     * @param events the events, in the order they were published
     */
    default void writeAll(Tx tx, java.util.List<DomainEvent> events) {
        for (DomainEvent event : events) {
            write(tx, event);
        }
    }
}
