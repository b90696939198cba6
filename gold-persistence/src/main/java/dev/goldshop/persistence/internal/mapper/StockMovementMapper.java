package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.core.catalog.StockMovement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** The append-only {@code stock_movements} table. */
public interface StockMovementMapper {
    /**
     * Records a movement.
     *
     * @param movement the movement
     * @return 1
     */
    int insert(StockMovement movement);

    /**
     * Records several movements in one statement (the lines of one invoice).
     *
     * @param movements the movements, at least one
     * @return how many
     */
    int insertAll(@Param("movements") List<StockMovement> movements);

    /**
     * One page of an item's movements, newest first, after a keyset position.
     *
     * @param itemId the item
     * @param beforeAt the time of the last movement of the previous page, or null
     * @param beforeId the id of the last movement of the previous page, or null
     * @param limit how many rows
     * @return the rows
     */
    List<StockMovement> selectPage(@Param("itemId") UUID itemId, @Param("beforeAt") Instant beforeAt,
            @Param("beforeId") UUID beforeId, @Param("limit") int limit);
}
