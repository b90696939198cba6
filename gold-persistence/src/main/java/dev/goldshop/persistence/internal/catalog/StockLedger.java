package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.ItemStatus;
import dev.goldshop.core.catalog.MovementKind;
import dev.goldshop.core.catalog.StockMovement;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.InventoryItemMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The stock side of a sale, for the sales area of the engine (internal: hosts sell through the
 * sales facade). Obtain it with {@code engine.service(StockLedger.class)} (registered by
 * {@link CatalogWiring}, which {@code CoreWiring} runs before sales) and call it inside the
 * transaction that issues the invoice, pays it, or takes the return, passing that transaction.
 *
 * <p>Every method changes the stock in one atomic statement that checks its own precondition,
 * so that concurrent sales need no other lock: a unique piece goes from {@code in_stock} to
 * {@code sold} in a statement that hits its row only while it is still in stock (two invoices
 * racing for it: one wins, the other gets "already sold"), and counted stock is decremented by a
 * statement that refuses to go below zero (64 sales racing for 10 units: exactly 10 succeed).
 * Each change records a {@link StockMovement} referring to the invoice, credit note or payment,
 * with the cost of what moved (for the cost-of-goods posting) and no user: the invoice names
 * who sold. None of these methods checks a permission or writes an audit row; the calling
 * facade method did and does. A refusal throws, and the caller's transaction rolls back.
 */
public final class StockLedger {
    /** Reference type of movements made by issuing an invoice. */
    public static final String INVOICE = "invoice";
    /** Reference type of movements made by a credit note. */
    public static final String CREDIT_NOTE = "credit_note";

    private final StockWriter writer;

    StockLedger(StockWriter writer) {
        this.writer = writer;
    }

    /**
     * Takes sold goods out of the stock.
     *
     * @param tx the invoice's transaction
     * @param itemId the item on the invoice line
     * @param quantity units sold: 1 for a unique piece, 1 or more for counted stock
     * @param invoiceId the invoice
     * @return the movement ({@link MovementKind#SALE}, negative), with the cost of the units sold
     * @throws dev.goldshop.core.error.NotFoundException if there is no such item
     * @throws ValidationException if the quantity is not 1 for a unique piece, or not positive
     * @throws BusinessRuleException "already sold" for a unique piece sold before (also by a
     *     concurrent invoice), "not for sale" for one reserved or archived, "insufficient
     *     stock" for counted stock with too few units, or for an archived article or a scrap lot
     */
    public StockMovement takeForSale(Tx tx, UUID itemId, int quantity, UUID invoiceId) {
        return takeForInvoice(tx, List.of(new Take(itemId, quantity)), invoiceId).get(0).movement();
    }

    /**
     * The goods of one invoice line to take.
     *
     * @param itemId the item on the line
     * @param quantity units sold: 1 for a unique piece, 1 or more for counted stock
     */
    public record Take(UUID itemId, int quantity) {
    }

    /**
     * What taking a line's goods did: the movement, and whether the item is a unique piece
     * (which the invoice line then claims), so that the caller need not read the item again.
     *
     * @param movement the movement ({@link MovementKind#SALE}, negative), with the cost
     * @param uniquePiece true for a unique piece, false for counted stock
     */
    public record Taken(StockMovement movement, boolean uniquePiece) {
    }

    /**
     * Takes the goods of an invoice's lines out of the stock, as {@link #takeForSale} does for
     * each, in the order given (callers sort by item, so that invoices lock items in one order),
     * and records all their movements in one statement. Counted goods in stock (the usual sale)
     * are taken and read back in one statement; anything else goes the long way, which also
     * explains a refusal.
     *
     * @param tx the invoice's transaction
     * @param takes the lines' goods (none: nothing happens)
     * @param invoiceId the invoice
     * @return what each take did, in the order given
     * @throws dev.goldshop.core.error.NotFoundException if there is no such item
     * @throws ValidationException if a quantity is not 1 for a unique piece, or not positive
     * @throws BusinessRuleException as {@link #takeForSale} does
     */
    public List<Taken> takeForInvoice(Tx tx, List<Take> takes, UUID invoiceId) {
        Objects.requireNonNull(invoiceId, "invoiceId");
        if (takes.isEmpty()) {
            return List.of();
        }
        Map<UUID, ItemRow> takenAtOnce = takeCountedAtOnce(tx, takes);
        List<StockWriter.Pending> pending = new ArrayList<>();
        List<Boolean> pieces = new ArrayList<>();
        for (Take take : takes) {
            ItemRow counted = takenAtOnce.get(take.itemId());
            StockWriter.Pending one = counted != null
                    ? takenCounted(counted, take.quantity(), invoiceId)
                    : take(tx, take.itemId(), take.quantity(), invoiceId);
            pending.add(one);
            pieces.add(one.item().itemKind() == ItemKind.UNIQUE_PIECE);
        }
        writer.recordAll(tx, pending);
        List<Taken> taken = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            taken.add(new Taken(pending.get(i).movement(), pieces.get(i)));
        }
        return taken;
    }

    /**
     * Takes the counted goods of several lines in one statement when every line is a different
     * item (the usual sale); what it did not take (a unique piece, too few units, a line of an item
     * already on another line) goes the long way, one by one.
     *
     * @return the items taken, by id, as they are after
     */
    private Map<UUID, ItemRow> takeCountedAtOnce(Tx tx, List<Take> takes) {
        if (takes.size() < 2) {
            return Map.of();
        }
        Set<UUID> distinct = new HashSet<>();
        for (Take take : takes) {
            positive(take.quantity());
            if (!distinct.add(Objects.requireNonNull(take.itemId(), "itemId"))) {
                return Map.of();
            }
        }
        Map<UUID, ItemRow> taken = new HashMap<>();
        for (ItemRow row : tx.mapper(InventoryItemMapper.class).takeCountedAll(takes, writer.now())) {
            taken.put(row.id(), row);
        }
        return taken;
    }

    private StockWriter.Pending takenCounted(ItemRow counted, int quantity, UUID invoiceId) {
        StockLevel after = new StockLevel(counted.quantity(), counted.costPrice(), counted.minStockLevel());
        return writer.pending(counted, MovementKind.SALE, -quantity, after, null, null, null, INVOICE, invoiceId,
                StockWriter.costOf(after.costPrice(), quantity), null);
    }

    private StockWriter.Pending take(Tx tx, UUID itemId, int quantity, UUID invoiceId) {
        positive(quantity);
        ItemRow counted = tx.mapper(InventoryItemMapper.class).takeCounted(itemId, quantity, writer.now());
        if (counted != null) {
            return takenCounted(counted, quantity, invoiceId);
        }
        ItemRow item = StockWriter.item(tx, itemId);
        if (item.itemKind() == ItemKind.UNIQUE_PIECE) {
            one(item, quantity);
            StockLevel after = tx.mapper(InventoryItemMapper.class).sellPiece(itemId, writer.now());
            if (after == null) {
                ItemRow current = StockWriter.item(tx, itemId);
                throw new BusinessRuleException(current.status() == ItemStatus.SOLD
                        ? "Item " + current.sku() + " is already sold"
                        : "Item " + current.sku() + " is " + current.status().code() + " and not for sale");
            }
            return writer.pending(item, MovementKind.SALE, -1, after, null, null, null, INVOICE, invoiceId,
                    after.costPrice(), null);
        }
        if (item.itemKind() == ItemKind.SCRAP) {
            throw new BusinessRuleException("Item " + item.sku() + " is a scrap lot and is not sold over the counter");
        }
        StockLevel after = writer.changeCounted(tx, item, -quantity, null, "the sale");
        return writer.pending(item, MovementKind.SALE, -quantity, after, null, null, null, INVOICE, invoiceId,
                StockWriter.costOf(after.costPrice(), quantity), null);
    }

    /**
     * Puts returned goods back into the stock: a unique piece goes from sold back to in stock,
     * counted units are added back (an archived article is in stock again: the goods are here).
     *
     * @param tx the credit note's transaction
     * @param itemId the item on the returned line
     * @param quantity units returned: 1 for a unique piece
     * @param creditNoteId the credit note
     * @return the movement ({@link MovementKind#RETURN}, positive), with the cost of the units
     * @throws dev.goldshop.core.error.NotFoundException if there is no such item
     * @throws ValidationException if the quantity is not 1 for a unique piece, or not positive
     * @throws BusinessRuleException if a unique piece is not sold, or the item is a scrap lot
     */
    public StockMovement returnFromSale(Tx tx, UUID itemId, int quantity, UUID creditNoteId) {
        Objects.requireNonNull(creditNoteId, "creditNoteId");
        positive(quantity);
        ItemRow item = StockWriter.item(tx, itemId);
        InventoryItemMapper items = tx.mapper(InventoryItemMapper.class);
        if (item.itemKind() == ItemKind.UNIQUE_PIECE) {
            one(item, quantity);
            StockLevel after = items.returnPiece(itemId, writer.now());
            if (after == null) {
                throw new BusinessRuleException("Item " + item.sku() + " is "
                        + StockWriter.item(tx, itemId).status().code() + ", not sold; only a sold piece can come back");
            }
            return writer.record(tx, item, MovementKind.RETURN, 1, after, null, null, null, CREDIT_NOTE,
                    creditNoteId, after.costPrice(), null);
        }
        if (item.itemKind() == ItemKind.SCRAP) {
            throw new BusinessRuleException("Item " + item.sku() + " is a scrap lot and was never sold");
        }
        StockLevel after = items.restockCounted(itemId, quantity, writer.now());
        if (after == null) {
            throw new BusinessRuleException("Item " + item.sku() + " cannot take back " + quantity + " units");
        }
        return writer.record(tx, item, MovementKind.RETURN, quantity, after, null, null, null, CREDIT_NOTE,
                creditNoteId, StockWriter.costOf(after.costPrice(), quantity), null);
    }

    /**
     * Adds old gold taken in exchange (or bought for cash) to the scrap lot of its metal and
     * purity. There is one lot per metal and purity, created on first use; concurrent receipts
     * queue on its row lock ({@code SELECT ... FOR UPDATE}) and add up. The lot's weight grows
     * by the weight received and its cost by what was paid. The purity is the tested one and
     * need not be a hallmark standard (old gold often is not).
     *
     * @param tx the payment's transaction
     * @param metal the metal
     * @param purity the tested purity
     * @param weight the weight received, above 0
     * @param cost what the shop paid (the value credited to the customer), 0 or more, in the
     *     shop's currency
     * @param referenceType what it came with, for example {@code payment}
     * @param referenceId the id of that row
     * @return the lot's movement ({@link MovementKind#RECEIVE}); its {@code itemId} is the lot,
     *     for {@code payments.old_gold_item_id}
     * @throws ValidationException if an argument is missing or out of range
     */
    public StockMovement receiveScrap(Tx tx, MetalType metal, Purity purity, Weight weight, Money cost,
            String referenceType, UUID referenceId) {
        Fields fields = new Fields();
        if (metal == null) {
            fields.reject("metal", null, "is required");
        }
        if (purity == null) {
            fields.reject("purity", null, "is required");
        }
        if (weight == null || weight.isZero()) {
            fields.reject("weight", weight, "must be above 0 g");
        }
        if (cost == null) {
            fields.reject("cost", null, "is required (0 if nothing was paid)");
        } else {
            fields.amount("cost", cost, writer.currency());
        }
        if (referenceType == null || referenceType.isBlank() || referenceType.length() > 50 || referenceId == null) {
            fields.reject("reference", referenceType + "/" + referenceId,
                    "needs a type of 1 to 50 characters and an id");
        }
        fields.throwIfAny();
        return writer.addToScrapLot(tx, metal, purity, weight, cost, MovementKind.RECEIVE, "old metal received",
                referenceType, referenceId, null);
    }

    private static void positive(int quantity) {
        if (quantity < 1 || quantity > Fields.MAX_QUANTITY) {
            throw ValidationException.of("quantity", quantity, "must be from 1 to " + Fields.MAX_QUANTITY);
        }
    }

    private static void one(ItemRow item, int quantity) {
        if (quantity != 1) {
            throw ValidationException.of("quantity", quantity, "must be 1 for unique piece " + item.sku());
        }
    }
}
