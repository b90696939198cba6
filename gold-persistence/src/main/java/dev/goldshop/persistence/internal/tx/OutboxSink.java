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
}
