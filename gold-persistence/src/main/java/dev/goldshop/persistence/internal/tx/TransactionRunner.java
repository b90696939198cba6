package dev.goldshop.persistence.internal.tx;

import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.error.PostgresErrorTranslator;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one interceptor chain every call goes through: open or join a transaction, run the
 * work, commit, retry serialization failures and deadlocks a bounded number of times,
 * translate database errors, then run after-commit actions and deliver events.
 *
 * <p>The current transaction is tracked per engine instance (an instance field, not static
 * state), so two engines in one JVM never join each other's transactions.
 */
public final class TransactionRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionRunner.class);

    private final DataSource dataSource;
    private final SqlSessionFactory sessions;
    private final PostgresErrorTranslator translator;
    private final int maxAttempts;
    private final OutboxSink outbox;
    private final Consumer<DomainEvent> eventDelivery;
    private final ThreadLocal<TxContext> current = new ThreadLocal<>();

    /**
     * Creates the runner.
     *
     * @param dataSource where connections come from
     * @param sessions the engine's MyBatis session factory (managed transactions)
     * @param translator turns database errors into SDK errors
     * @param maxAttempts how many times a transaction is tried in all (at least 1)
     * @param outbox writes published events in the transaction
     * @param eventDelivery delivers committed events to in-process listeners
     */
    public TransactionRunner(DataSource dataSource, SqlSessionFactory sessions, PostgresErrorTranslator translator,
            int maxAttempts, OutboxSink outbox, Consumer<DomainEvent> eventDelivery) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        this.dataSource = dataSource;
        this.sessions = sessions;
        this.translator = translator;
        this.maxAttempts = maxAttempts;
        this.outbox = outbox;
        this.eventDelivery = eventDelivery;
    }

    /**
     * Runs work in the current transaction of this thread, or in a new one.
     *
     * @param work the work
     * @param <T> the result type
     * @return the result
     */
    public <T> T inTransaction(Function<Tx, T> work) {
        TxContext joined = current.get();
        if (joined != null) {
            // Errors inside a joined transaction propagate untranslated to the outermost call,
            // which translates once and decides about retrying the whole unit.
            return work.apply(joined);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(work);
            } catch (RuntimeException | Error failure) {
                if (attempt < maxAttempts && translator.isRetryable(failure)) {
                    LOG.debug("retrying transaction after {} (attempt {} of {})",
                            translator.sqlState(failure), attempt, maxAttempts);
                    backOff(attempt);
                    continue;
                }
                throw translator.translate(failure);
            }
        }
    }

    /**
     * Runs a read of a single statement without opening a transaction (autocommit), or in the
     * current transaction if there is one. At READ COMMITTED a statement sees the same snapshot
     * either way; this only spares the COMMIT round trip, which on a hot lookup (a customer
     * search by phone) is a third of its time. The work must not write or take locks.
     *
     * @param work the read
     * @param <T> the result type
     * @return the result
     */
    public <T> T inSingleStatementRead(Function<Tx, T> work) {
        if (current.get() != null) {
            return inTransaction(work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return readOnce(work);
            } catch (RuntimeException | Error failure) {
                if (attempt < maxAttempts && translator.isRetryable(failure)) {
                    backOff(attempt);
                    continue;
                }
                throw translator.translate(failure);
            }
        }
    }

    private <T> T readOnce(Function<Tx, T> work) {
        Connection connection = openConnection(true);
        try (SqlSession session = sessions.openSession(connection)) {
            TxContext tx = new TxContext(session, connection, true, null);
            current.set(tx);
            return work.apply(tx);
        } finally {
            current.remove();
            closeQuietly(connection);
        }
    }

    /**
     * Runs work in a new transaction of its own, even inside another one on this thread (which
     * is suspended meanwhile): for records that must stay when the surrounding work rolls back,
     * such as the audit row of a refused call.
     *
     * @param work the work
     * @param <T> the result type
     * @return the result
     */
    public <T> T inNewTransaction(Function<Tx, T> work) {
        TxContext suspended = current.get();
        current.remove();
        try {
            return inTransaction(work);
        } finally {
            if (suspended != null) {
                current.set(suspended);
            }
        }
    }

    /**
     * Runs work inside a transaction the host owns, on the host's connection. The engine never
     * commits, rolls back or closes that connection, and does not retry: a failure is thrown
     * (translated) and the host decides.
     *
     * @param hostConnection the host's connection, in the host's open transaction
     * @param work the work
     * @param <T> the result type
     * @return the result
     * @throws IllegalStateException if this thread is already inside an engine transaction
     */
    public <T> T joinHostTransaction(Connection hostConnection, Function<Tx, T> work) {
        if (current.get() != null) {
            throw new IllegalStateException("already inside a transaction of this engine; call the work directly");
        }
        try (SqlSession session = sessions.openSession(hostConnection)) {
            TxContext tx = new TxContext(session, hostConnection, false, outbox);
            current.set(tx);
            T result;
            try {
                result = work.apply(tx);
                tx.flush();
            } finally {
                current.remove();
            }
            // We cannot see the host's commit: invalidations are safe to run now (an extra
            // invalidation costs a reload), while events reach consumers through the outbox
            // rows, which exist exactly when the host commits.
            runQuietly(tx.afterCommitActions());
            return result;
        } catch (RuntimeException | Error failure) {
            throw translator.translate(failure);
        }
    }

    /**
     * Records that the current transaction changed cached reference data (settings, rates,
     * the category tree), so that caches of that topic read it from this transaction, with its
     * own changes, instead of serving the committed value. No effect outside a transaction.
     *
     * @param topic the topic, the change notification's payload (for example {@code "settings"})
     */
    public void markWritten(String topic) {
        TxContext tx = current.get();
        if (tx != null) {
            tx.markWritten(topic);
        }
    }

    /**
     * Whether the current transaction changed reference data of a topic.
     *
     * @param topic the topic
     * @return true inside a transaction that called {@link #markWritten} with it
     */
    public boolean currentTransactionWrote(String topic) {
        TxContext tx = current.get();
        return tx != null && tx.wrote(topic);
    }

    /**
     * Collects a row that the transaction writes, with the other rows of its writer, just before
     * it commits (or joins the host's transaction's end of work): one statement for all of them.
     * Outside a transaction of this engine, or in a single-statement read, the row is written at
     * once. Nothing in the transaction sees the row before then unless it calls
     * {@link #flushCollected}.
     *
     * @param tx the transaction
     * @param writer the writer of this kind of row (one instance per kind: rows are grouped by it)
     * @param row the row
     * @param <T> the row type
     */
    public static <T> void writeBeforeCommit(Tx tx, BatchWriter<T> writer, T row) {
        if (tx instanceof TxContext context) {
            context.collect(writer, row);
        } else {
            writer.writeAll(tx, List.of(row));
        }
    }

    /**
     * Writes the rows collected so far in a transaction, for a read in the same transaction that
     * must see them (a count of the caller's own recent audited actions, a query of the audit
     * trail inside a host's group of calls).
     *
     * @param tx the transaction
     */
    public static void flushCollected(Tx tx) {
        if (tx instanceof TxContext context) {
            context.flush();
        }
    }

    /**
     * Whether this thread is inside a transaction of this engine.
     *
     * @return true inside {@link #inTransaction} or {@link #joinHostTransaction}
     */
    public boolean inTransactionNow() {
        return current.get() != null;
    }

    private <T> T runOnce(Function<Tx, T> work) {
        Connection connection = openConnection(false);
        TxContext tx = null;
        T result;
        try (SqlSession session = sessions.openSession(connection)) {
            tx = new TxContext(session, connection, true, outbox);
            current.set(tx);
            result = work.apply(tx);
            tx.flush();
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly(connection, e);
            throw new StorageException(ErrorCode.STORAGE_UNAVAILABLE, "commit failed: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            rollbackQuietly(connection, e);
            throw e;
        } finally {
            current.remove();
            closeQuietly(connection);
        }
        runQuietly(tx.afterCommitActions());
        for (DomainEvent event : tx.publishedEvents()) {
            try {
                eventDelivery.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("a domain event listener failed on {}", event.eventType(), e);
            }
        }
        return result;
    }

    private Connection openConnection(boolean autoCommit) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                closeQuietly(connection);
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw new StorageException(ErrorCode.STORAGE_UNAVAILABLE,
                    "could not open a database connection: " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable primary) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            primary.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            // A pooled connection goes back in autocommit mode, as the pool handed it out.
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("could not reset autocommit", e);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("could not close connection", e);
        }
    }

    private static void runQuietly(List<Runnable> actions) {
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("an after-commit action failed", e);
            }
        }
    }

    private static void backOff(int attempt) {
        // Jittered, growing pause so that colliding transactions do not collide again in step.
        long bound = 5L << Math.min(attempt, 6);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
