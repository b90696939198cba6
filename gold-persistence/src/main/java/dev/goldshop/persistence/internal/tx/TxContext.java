package dev.goldshop.persistence.internal.tx;

import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.engine.spi.Tx;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;

/** One transaction of the engine: its session, its connection and what runs after commit. */
final class TxContext implements Tx {
    private final SqlSession session;
    private final Connection connection;
    private final boolean owned;
    private final OutboxSink outbox;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final List<DomainEvent> published = new ArrayList<>();
    private final java.util.Set<String> writtenTopics = new java.util.HashSet<>();
    private final Map<BatchWriter<?>, List<Object>> collected = new LinkedHashMap<>();
    /** Published events are outbox rows collected like any other until the flush. */
    private final BatchWriter<DomainEvent> outboxRows;

    TxContext(SqlSession session, Connection connection, boolean owned, OutboxSink outbox) {
        this.session = session;
        this.connection = connection;
        this.owned = owned;
        this.outbox = outbox;
        this.outboxRows = outbox == null ? null : outbox::writeAll;
    }

    @Override
    public <M> M mapper(Class<M> mapperType) {
        if (!session.getConfiguration().hasMapper(mapperType)) {
            throw new IllegalArgumentException("mapper " + mapperType.getName() + " was never registered");
        }
        return session.getMapper(mapperType);
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public void publish(DomainEvent event) {
        if (outbox == null) {
            throw new IllegalStateException("a single-statement read cannot publish " + event.eventType()
                    + "; run work that changes data in a transaction");
        }
        collect(outboxRows, event);
        published.add(event);
    }

    /**
     * Keeps a row for its writer until the next flush, or writes it at once in a single-statement
     * read (which has no commit to flush before).
     */
    <T> void collect(BatchWriter<T> writer, T row) {
        if (outbox == null) {
            writer.writeAll(this, List.of(row));
            return;
        }
        collected.computeIfAbsent(writer, w -> new ArrayList<>()).add(row);
    }

    /**
     * Writes the collected rows (audit rows, the events published since the last flush), each
     * writer's in one go; called just before commit, and before a read that must see them.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void flush() {
        while (!collected.isEmpty()) {
            var first = collected.entrySet().iterator().next();
            collected.remove(first.getKey());
            ((BatchWriter) first.getKey()).writeAll(this, first.getValue());
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    @Override
    public boolean ownedByEngine() {
        return owned;
    }

    void markWritten(String topic) {
        writtenTopics.add(topic);
    }

    boolean wrote(String topic) {
        return writtenTopics.contains(topic);
    }

    List<Runnable> afterCommitActions() {
        return afterCommit;
    }

    List<DomainEvent> publishedEvents() {
        return published;
    }

    SqlSession session() {
        return session;
    }
}
