package dev.goldshop.core.event;

/**
 * Receives domain events in process, after the transaction that produced them committed.
 * A listener that throws does not undo the change; the failure is logged.
 */
@FunctionalInterface
public interface DomainEventListener {
    /**
     * Called once per committed event, on the thread that committed.
     *
     * @param event the event
     */
    void onEvent(DomainEvent event);
}
