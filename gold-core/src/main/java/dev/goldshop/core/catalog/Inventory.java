package dev.goldshop.core.catalog;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.value.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * Inventory items and their stock. Each method checks its permission first, then validates its
 * input before anything is written; changes are audited by exactly one row. Cost prices (items,
 * movements, valuation) are returned only to callers holding {@code inventory.cost:read}, and
 * are {@code null} otherwise.
 *
 * <p>Quantities never change by an update: only by {@link #receive}, {@link #adjust},
 * {@link #moveToScrap}, {@link #archive} and by sales and returns, each recorded as a
 * {@link StockMovement}, through one atomic statement that refuses to go below zero.
 */
public interface Inventory {

    /**
     * Creates an item. An opening quantity above 0 is recorded as a receive movement.
     *
     * @param ctx who calls; needs {@code inventory:create}, and {@code inventory.cost:read} as
     *     well when a cost price is given
     * @param item the item (see {@link NewItem} for the rules)
     * @return the new item
     * @throws dev.goldshop.core.error.PermissionDeniedException without a needed permission
     * @throws dev.goldshop.core.error.ValidationException naming every invalid field
     * @throws dev.goldshop.core.error.NotFoundException if the category does not exist
     * @throws dev.goldshop.core.error.ConflictException if the SKU, barcode or hallmark id is
     *     taken (the message names the field)
     * @throws dev.goldshop.core.error.BusinessRuleException if the category is inactive
     */
    Item create(CallContext ctx, NewItem item);

    /**
     * Replaces an item's editable fields. Items that are sold or archived are history and
     * cannot be changed.
     *
     * @param ctx who calls; needs {@code inventory:update}, and {@code inventory.cost:read} as
     *     well when a cost price is given
     * @param id the item
     * @param update the new values (see {@link ItemUpdate})
     * @param version the version the caller read
     * @return the item after the change
     * @throws dev.goldshop.core.error.PermissionDeniedException without a needed permission
     * @throws dev.goldshop.core.error.ValidationException naming every invalid field
     * @throws dev.goldshop.core.error.NotFoundException if the item or category does not exist
     * @throws dev.goldshop.core.error.ConflictException if the version is stale, or the SKU,
     *     barcode or hallmark id is taken
     * @throws dev.goldshop.core.error.BusinessRuleException if the item is sold or archived, or
     *     the category is inactive
     */
    Item update(CallContext ctx, UUID id, ItemUpdate update, long version);

    /**
     * Holds a unique piece for a customer: {@code IN_STOCK -> RESERVED}.
     *
     * @param ctx who calls; needs {@code inventory:update}
     * @param id the item
     * @param version the version the caller read
     * @return the item after the change
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if there is no such item
     * @throws dev.goldshop.core.error.ConflictException if the version is stale
     * @throws dev.goldshop.core.error.BusinessRuleException if it is not a unique piece in stock
     */
    Item reserve(CallContext ctx, UUID id, long version);

    /**
     * Puts a reserved piece back on sale: {@code RESERVED -> IN_STOCK}.
     *
     * @param ctx who calls; needs {@code inventory:update}
     * @param id the item
     * @param version the version the caller read
     * @return the item after the change
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if there is no such item
     * @throws dev.goldshop.core.error.ConflictException if the version is stale
     * @throws dev.goldshop.core.error.BusinessRuleException if it is not reserved
     */
    Item release(CallContext ctx, UUID id, long version);

    /**
     * Withdraws an item from the stock, keeping its record: {@code IN_STOCK} or
     * {@code RESERVED -> ARCHIVED}. Units still on hand are taken out by an
     * {@link MovementKind#ADJUST} movement with the reason "archived" (and the context's reason,
     * if any), so that the stock stays the sum of its movements.
     *
     * @param ctx who calls; needs {@code inventory:archive}
     * @param id the item
     * @param version the version the caller read
     * @return the item after the change
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if there is no such item
     * @throws dev.goldshop.core.error.ConflictException if the version is stale
     * @throws dev.goldshop.core.error.BusinessRuleException if it is sold or already archived
     */
    Item archive(CallContext ctx, UUID id, long version);

    /**
     * Reads an item.
     *
     * @param ctx who calls; needs {@code inventory:read}
     * @param id the item
     * @return the item, or empty if there is none with this id
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    Optional<Item> get(CallContext ctx, UUID id);

    /**
     * Reads an item by its SKU (exact).
     *
     * @param ctx who calls; needs {@code inventory:read}
     * @param sku the SKU
     * @return the item, or empty if no item has this SKU
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    Optional<Item> getBySku(CallContext ctx, String sku);

    /**
     * Reads an item by its barcode (exact), as a scanner at the counter does.
     *
     * @param ctx who calls; needs {@code inventory:read}
     * @param barcode the barcode
     * @return the item, or empty if no item has this barcode
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    Optional<Item> getByBarcode(CallContext ctx, String barcode);

    /**
     * Finds items, by name (case-insensitive) then id, one keyset page at a time. Every index
     * the criteria need exists, so the search stays fast on a large stock.
     *
     * @param ctx who calls; needs {@code inventory:read}
     * @param search the criteria
     * @param page the page to read
     * @return the page, with a cursor for the next one
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if a criterion is invalid (a weight
     *     range upside down, text too long) or the cursor is not one this method returned
     */
    Page<Item> search(CallContext ctx, ItemSearch search, PageRequest page);

    /**
     * Receives units of counted stock, and moves the unit cost to the weighted average of the
     * stock on hand and the units received (rounded half up to the minor unit).
     *
     * @param ctx who calls; needs {@code stock:adjust}, and {@code inventory.cost:read} as well
     *     when a cost is given
     * @param id the item (counted stock, not archived)
     * @param quantity units received, 1 or more
     * @param cost the total cost of the units received, or {@code null} if not known (the unit
     *     cost then stays)
     * @param note a note, such as the supplier's delivery number, or {@code null} (at most 500
     *     characters)
     * @return the movement
     * @throws dev.goldshop.core.error.PermissionDeniedException without a needed permission
     * @throws dev.goldshop.core.error.ValidationException if the quantity, cost or note is
     *     invalid
     * @throws dev.goldshop.core.error.NotFoundException if there is no such item
     * @throws dev.goldshop.core.error.BusinessRuleException if it is not counted stock, or it
     *     is archived
     */
    StockMovement receive(CallContext ctx, UUID id, int quantity, Money cost, String note);

    /**
     * Corrects the quantity of counted stock by a delta, with a reason. Never below zero.
     *
     * @param ctx who calls; needs {@code stock:adjust}
     * @param id the item (counted stock, not archived)
     * @param delta units added (positive) or taken out (negative), not 0
     * @param reason why (required, at most 500 characters)
     * @return the movement
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the delta is 0 or the reason
     *     missing
     * @throws dev.goldshop.core.error.NotFoundException if there is no such item
     * @throws dev.goldshop.core.error.BusinessRuleException if it is not counted stock, is
     *     archived, or holds fewer units than taken out ("insufficient stock")
     */
    StockMovement adjust(CallContext ctx, UUID id, int delta, String reason);

    /**
     * Takes units (or the whole piece) out of the stock for scrap: their metal (net weight x
     * quantity) and cost are added to the scrap lot of the item's metal and purity, created if
     * needed. A unique piece moved to scrap is archived.
     *
     * @param ctx who calls; needs {@code stock:adjust}
     * @param id the item (a unique piece in stock or reserved, or counted stock)
     * @param quantity units to scrap: 1 for a unique piece, 1 or more for counted stock
     * @param reason why (required, at most 500 characters)
     * @return the movement of the item (the scrap lot's movement refers back to it)
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the quantity or reason is invalid
     * @throws dev.goldshop.core.error.NotFoundException if there is no such item
     * @throws dev.goldshop.core.error.BusinessRuleException if the item has no metal weight to
     *     recover, is a scrap lot, is sold or archived, or holds fewer units ("insufficient
     *     stock")
     */
    StockMovement moveToScrap(CallContext ctx, UUID id, int quantity, String reason);

    /**
     * An item's stock movements, newest first, one keyset page at a time.
     *
     * @param ctx who calls; needs {@code inventory:read}
     * @param id the item
     * @param page the page to read
     * @return the page
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if there is no such item
     * @throws dev.goldshop.core.error.ValidationException if the cursor is not one this method
     *     returned
     */
    Page<StockMovement> movements(CallContext ctx, UUID id, PageRequest page);

    /**
     * Values the stock on hand, per metal and purity, at cost and at today's sell rates.
     *
     * @param ctx who calls; needs {@code inventory:read} (costs are shown with
     *     {@code inventory.cost:read})
     * @param filter which stock counts
     * @return the valuation
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the filter is missing
     * @throws dev.goldshop.core.error.NotFoundException if the filter's category does not exist
     */
    Valuation valuation(CallContext ctx, ValuationFilter filter);
}
