package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.core.catalog.ItemStatus;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.persistence.internal.catalog.ItemAttributesRow;
import dev.goldshop.persistence.internal.catalog.ItemQuery;
import dev.goldshop.persistence.internal.catalog.ItemRow;
import dev.goldshop.persistence.internal.catalog.StockLevel;
import dev.goldshop.persistence.internal.catalog.ValuationQuery;
import dev.goldshop.persistence.internal.catalog.ValuationRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/**
 * The {@code inventory_items} table. Every change of a quantity is one atomic statement that
 * checks its own precondition (enough stock, the right status) and returns the quantity after,
 * or nothing when the precondition failed; the caller records the movement.
 */
public interface InventoryItemMapper {
    /**
     * Inserts an item at version 0.
     *
     * @param row the item
     * @return 1
     */
    int insert(ItemRow row);

    /**
     * Reads an item.
     *
     * @param id the item
     * @return the row, or null
     */
    ItemRow selectById(@Param("id") UUID id);

    /**
     * Reads and locks an item until commit.
     *
     * @param id the item
     * @return the row, or null
     */
    ItemRow selectByIdForUpdate(@Param("id") UUID id);

    /**
     * Reads an item by SKU.
     *
     * @param sku the exact SKU
     * @return the row, or null
     */
    ItemRow selectBySku(@Param("sku") String sku);

    /**
     * Reads an item by barcode.
     *
     * @param barcode the exact barcode
     * @return the row, or null
     */
    ItemRow selectByBarcode(@Param("barcode") String barcode);

    /**
     * Reads an item by hallmark id.
     *
     * @param hallmarkId the exact hallmark id
     * @return the row, or null
     */
    ItemRow selectByHallmarkId(@Param("hallmarkId") String hallmarkId);

    /**
     * Writes an item's editable fields (everything but kind, status and quantity) if the version
     * matches, and bumps the version.
     *
     * @param row the new values, with the item's id
     * @param version the expected version
     * @return rows changed: 0 if stale
     */
    int update(@Param("row") ItemRow row, @Param("version") long version);

    /**
     * Moves a unique piece from one status to another if the version matches.
     *
     * @param id the item
     * @param from the status it must have
     * @param to the new status
     * @param now the time
     * @param version the expected version
     * @return rows changed
     */
    int updateStatus(@Param("id") UUID id, @Param("from") ItemStatus from, @Param("to") ItemStatus to,
            @Param("now") Instant now, @Param("version") long version);

    /**
     * Archives an item in stock or reserved if the version matches; its quantity becomes 0.
     *
     * @param id the item
     * @param now the time
     * @param version the expected version
     * @return rows changed
     */
    int archive(@Param("id") UUID id, @Param("now") Instant now, @Param("version") long version);

    /**
     * The one statement that changes counted stock in or out:
     * {@code quantity = quantity + delta} where the item is counted, in stock, and the result
     * is not below zero. With a cost, the unit cost becomes the weighted average of the stock
     * before and the units received.
     *
     * @param id the item
     * @param delta units in (positive) or out (negative)
     * @param receivedCost the total cost of units received, or null to keep the unit cost
     * @param now the time
     * @return the stock after, or null if the item is not counted stock in stock or holds too
     *     few units
     */
    StockLevel addCountedQuantity(@Param("id") UUID id, @Param("delta") int delta,
            @Param("receivedCost") BigDecimal receivedCost, @Param("now") Instant now);

    /**
     * Puts returned units back into counted stock, which is in stock again if it was archived.
     *
     * @param id the item
     * @param delta units returned, positive
     * @param now the time
     * @return the stock after, or null if the item is not counted stock
     */
    StockLevel restockCounted(@Param("id") UUID id, @Param("delta") int delta, @Param("now") Instant now);

    /**
     * Takes units of counted stock in stock, in one statement that refuses to go below zero, and
     * returns the item as it is after: a sale of counted goods needs no read before its write.
     *
     * @param id the item
     * @param quantity units taken, positive
     * @param now the time
     * @return the item after, or null if it is not counted stock in stock or holds too few units
     */
    ItemRow takeCounted(@Param("id") UUID id, @Param("quantity") int quantity, @Param("now") Instant now);

    /**
     * Takes units of counted stock of several distinct items in one statement, locking them in id
     * order; as {@link #takeCounted} for each.
     *
     * @param takes the items and units, each item once
     * @param now the time
     * @return the items taken, as they are after, in no particular order (an item not taken is absent)
     */
    List<ItemRow> takeCountedAll(@Param("takes") List<dev.goldshop.persistence.internal.catalog.StockLedger.Take> takes,
            @Param("now") Instant now);

    /**
     * Sells a unique piece: in stock to sold, quantity 0, in one statement that hits the row
     * only if it is still in stock.
     *
     * @param id the item
     * @param now the time
     * @return the stock after (quantity 0), or null if it is not a unique piece in stock
     */
    StockLevel sellPiece(@Param("id") UUID id, @Param("now") Instant now);

    /**
     * Takes a sold unique piece back: sold to in stock, quantity 1.
     *
     * @param id the item
     * @param now the time
     * @return the stock after (quantity 1), or null if it is not a sold unique piece
     */
    StockLevel returnPiece(@Param("id") UUID id, @Param("now") Instant now);

    /**
     * Archives a unique piece in stock or reserved, quantity 0, when it goes to scrap.
     *
     * @param id the item
     * @param now the time
     * @return the stock after (quantity 0), or null if it is not a unique piece on hand
     */
    StockLevel scrapPiece(@Param("id") UUID id, @Param("now") Instant now);

    /**
     * Creates the scrap lot of a metal and purity unless it exists (its unique indexes decide,
     * so concurrent calls create one lot).
     *
     * @param row the lot, weight 0
     * @return 1 if created, 0 if it existed
     */
    int insertScrapLot(ItemRow row);

    /**
     * Reads and locks the scrap lot of a metal and purity.
     *
     * @param metal the metal
     * @param purity the purity
     * @return the lot, or null
     */
    ItemRow selectScrapLotForUpdate(@Param("metal") MetalType metal, @Param("purity") Purity purity);

    /**
     * Adds weight and cost to a scrap lot (locked by the caller).
     *
     * @param id the lot
     * @param weight grams added
     * @param cost cost added
     * @param now the time
     * @return the lot's weight after
     */
    Weight addScrapWeight(@Param("id") UUID id, @Param("weight") Weight weight, @Param("cost") BigDecimal cost,
            @Param("now") Instant now);

    /**
     * One page of a search, in (lower(name), id) order.
     *
     * @param query the prepared criteria and keyset position
     * @return the rows
     */
    List<ItemRow> selectPage(ItemQuery query);

    /**
     * The plan of {@link #selectPage} for the same criteria ({@code EXPLAIN (FORMAT JSON)}), so
     * that tests and benchmarks check the very SQL the search runs.
     *
     * @param query the criteria
     * @return the plan as JSON text
     */
    String explainPage(ItemQuery query);

    /**
     * Makes the planner plan each statement of this transaction with its actual parameters.
     * A search's LIKE pattern decides which index applies (a prefix, a trigram), which a
     * generic plan cannot know.
     *
     * @return 0
     */
    int planWithParameters();

    /**
     * The stock on hand summed per metal and purity.
     *
     * @param query what counts
     * @return one row per metal and purity
     */
    List<ValuationRow> selectValuation(ValuationQuery query);

    /**
     * Items in stock or reserved of some categories, with their attribute values, a page at a
     * time by id.
     *
     * @param categoryIds the categories, not empty
     * @param afterId the last id of the previous page, or null
     * @param limit how many rows
     * @return the rows
     */
    List<ItemAttributesRow> selectAttributesInCategories(@Param("categoryIds") List<UUID> categoryIds,
            @Param("afterId") UUID afterId, @Param("limit") int limit);
}
