package dev.goldshop.persistence.internal.mapper;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** Writes domain events to the outbox table, in the transaction of the change. */
public interface OutboxMapper {
    /**
     * Inserts one event.
     *
     * @param id the event id
     * @param eventType what happened
     * @param aggregateType the kind of entity
     * @param aggregateId the entity, or null
     * @param payload the event's facts
     * @param createdAt when it happened
     * @return rows inserted (1)
     */
    int insert(@Param("id") UUID id, @Param("eventType") String eventType, @Param("aggregateType") String aggregateType,
            @Param("aggregateId") UUID aggregateId, @Param("payload") JsonNode payload,
            @Param("createdAt") Instant createdAt);

    /**
     * Counts events not yet marked published.
     *
     * @return the number of pending events
     */
    long countPending();

    /**
     * Inserts several events in one statement, in order.
     *
     * @param rows the rows
     * @return rows inserted
     */
    int insertAll(@Param("rows") java.util.List<dev.goldshop.persistence.internal.outbox.OutboxRow> rows);
}
