package dev.goldshop.engine.spi;

import dev.goldshop.core.event.DomainEvent;
import java.sql.Connection;

/**
 * One open database transaction, as seen by module code running inside it. Valid only for
 * the duration of the callback that received it, and only on that thread.
 */
public interface Tx {
    /**
     * A MyBatis mapper bound to this transaction.
     *
     * @param mapperType a mapper interface registered with {@link ModuleContext#addMapper}
     * @param <M> the mapper type
     * @return the mapper
     * @throws IllegalArgumentException if the mapper was never registered
     */
    <M> M mapper(Class<M> mapperType);

    /**
     * The JDBC connection of this transaction, for the rare statement a mapper cannot express.
     * Never commit, roll back or close it.
     *
     * @return the connection
     */
    Connection connection();

    /**
     * Records a domain event in the outbox, in this transaction. In-process listeners receive
     * it after the transaction commits (and never if it rolls back).
     *
     * @param event the event
     */
    void publish(DomainEvent event);

    /**
     * Runs an action after this transaction commits, for example a cache invalidation. Not run
     * if the transaction rolls back. Runs immediately after the work when the engine joined a
     * transaction owned by the host, whose commit it cannot see.
     *
     * @param action the action; a failure is logged, not thrown
     */
    void afterCommit(Runnable action);

    /**
     * Whether the engine owns this transaction (true) or joined the host's (false).
     *
     * @return true if the engine will commit it
     */
    boolean ownedByEngine();
}
