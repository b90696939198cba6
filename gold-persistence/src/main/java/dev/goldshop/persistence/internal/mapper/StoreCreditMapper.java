package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.core.value.Money;
import dev.goldshop.persistence.internal.sales.StoreCreditEntryRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/**
 * Customers' store credit: a balance row per customer, changed only by the two atomic
 * statements below (the debit refuses to go below zero), and its append-only history.
 */
public interface StoreCreditMapper {
    /**
     * Opens a customer's balance at zero if it is not open yet.
     *
     * @param customerId the customer
     * @param now the time
     * @return 1 if opened, 0 if it was open
     */
    int insertAccount(@Param("customerId") UUID customerId, @Param("now") Instant now);

    /**
     * Adds to a balance.
     *
     * @param customerId the customer
     * @param amount a positive amount
     * @param now the time
     * @return the balance after, or null if the balance is not open
     */
    Money credit(@Param("customerId") UUID customerId, @Param("amount") Money amount, @Param("now") Instant now);

    /**
     * Takes from a balance, only if it holds enough.
     *
     * @param customerId the customer
     * @param amount a positive amount
     * @param now the time
     * @return the balance after, or null if it holds less (or is not open)
     */
    Money debit(@Param("customerId") UUID customerId, @Param("amount") Money amount, @Param("now") Instant now);

    /**
     * A customer's balance.
     *
     * @param customerId the customer
     * @return the balance, or null if never opened
     */
    Money selectBalance(@Param("customerId") UUID customerId);

    /**
     * Records a movement.
     *
     * @param row the movement
     * @return rows inserted
     */
    int insertEntry(@Param("row") StoreCreditEntryRow row);

    /**
     * A page of a customer's movements, newest first.
     *
     * @param customerId the customer
     * @param afterCreatedAt the time of the last entry of the previous page, or null
     * @param afterId its id
     * @param limit how many
     * @return the rows
     */
    List<StoreCreditEntryRow> selectPage(@Param("customerId") UUID customerId,
            @Param("afterCreatedAt") Instant afterCreatedAt, @Param("afterId") UUID afterId, @Param("limit") int limit);
}
