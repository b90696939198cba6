package dev.goldshop.persistence.internal.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.ItemStatus;
import dev.goldshop.core.catalog.MovementKind;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.catalog.StockMovement;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.InventoryItemMapper;
import dev.goldshop.persistence.internal.mapper.StockMovementMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every change of stock goes through here, for the facade and for sales alike: one atomic
 * statement that refuses to go below zero (or to sell what is not in stock), then the movement
 * row with the quantity that statement returned, then the {@value #STOCK_CHANGED} event.
 * When the statement refuses, the item is read again to say exactly why.
 */
final class StockWriter {
    /** The event every stock change publishes (automation watches it for reorders). */
    static final String STOCK_CHANGED = "inventory.stock_changed";

    private final IdGenerator ids;
    private final Clock clock;
    private final Currency currency;
    private final ObjectMapper json;

    StockWriter(IdGenerator ids, Clock clock, Currency currency, ObjectMapper json) {
        this.ids = ids;
        this.clock = clock;
        this.currency = currency;
        this.json = json;
    }

    ObjectMapper json() {
        return json;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    UUID newId() {
        return ids.newId();
    }

    Currency currency() {
        return currency;
    }

    /**
     * Reads an item, or fails.
     *
     * @throws NotFoundException if there is none
     */
    static ItemRow item(Tx tx, UUID id) {
        ItemRow row = tx.mapper(InventoryItemMapper.class).selectById(id);
        if (row == null) {
            throw new NotFoundException("inventory item", id);
        }
        return row;
    }

    /**
     * Changes counted stock by a delta in one statement.
     *
     * @param item the item as read before (for messages)
     * @param delta units in or out
     * @param receivedCost total cost of units received, or null
     * @param purpose what needs the units, for the message ("the sale", "the adjustment")
     * @return the stock after
     * @throws BusinessRuleException if the item is not counted stock in stock, or holds too few
     *     units ("insufficient stock")
     */
    StockLevel changeCounted(Tx tx, ItemRow item, int delta, BigDecimal receivedCost, String purpose) {
        if (item.itemKind() != ItemKind.COUNTED) {
            throw new BusinessRuleException("Item " + item.sku() + " is a " + kindName(item.itemKind())
                    + ", not counted stock; " + purpose + " needs counted stock");
        }
        StockLevel level = tx.mapper(InventoryItemMapper.class).addCountedQuantity(item.id(), delta, receivedCost,
                now());
        if (level != null) {
            return level;
        }
        ItemRow current = item(tx, item.id());
        if (current.status() != ItemStatus.IN_STOCK) {
            throw new BusinessRuleException("Item " + current.sku() + " is " + current.status().code()
                    + "; its stock changes only while it is in stock");
        }
        throw new BusinessRuleException("insufficient stock: item " + current.sku() + " holds " + current.quantity()
                + (current.quantity() == 1 ? " unit" : " units") + " and " + purpose + " takes " + (-delta));
    }

    /**
     * A movement made in the stock but not recorded yet, with the item and level its event
     * tells about: the lines of one invoice record theirs in one statement.
     *
     * @param item the item
     * @param after the stock after
     * @param movement the movement
     */
    record Pending(ItemRow item, StockLevel after, StockMovement movement) {
    }

    /**
     * A movement of an item, to record.
     *
     * @return the pending movement
     */
    Pending pending(ItemRow item, MovementKind kind, int delta, StockLevel after, Weight weightDelta,
            Weight weightAfter, String reason, String referenceType, UUID referenceId, Money cost, UUID createdBy) {
        return new Pending(item, after, new StockMovement(ids.newId(), item.id(), kind, delta, after.quantity(),
                weightDelta, weightAfter, reason, referenceType, referenceId, cost, createdBy, now()));
    }

    /**
     * Records a movement of an item and announces it.
     *
     * @return the movement
     */
    StockMovement record(Tx tx, ItemRow item, MovementKind kind, int delta, StockLevel after, Weight weightDelta,
            Weight weightAfter, String reason, String referenceType, UUID referenceId, Money cost, UUID createdBy) {
        Pending pending = pending(item, kind, delta, after, weightDelta, weightAfter, reason, referenceType,
                referenceId, cost, createdBy);
        tx.mapper(StockMovementMapper.class).insert(pending.movement());
        announce(tx, pending);
        return pending.movement();
    }

    /**
     * Records several movements in one statement and announces each.
     *
     * @param tx the transaction
     * @param pending the movements, at least one
     */
    void recordAll(Tx tx, List<Pending> pending) {
        List<StockMovement> movements = new ArrayList<>();
        for (Pending p : pending) {
            movements.add(p.movement());
        }
        tx.mapper(StockMovementMapper.class).insertAll(movements);
        for (Pending p : pending) {
            announce(tx, p);
        }
    }

    private void announce(Tx tx, Pending pending) {
        ItemRow item = pending.item();
        StockLevel after = pending.after();
        StockMovement movement = pending.movement();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("item_id", item.id().toString());
        payload.put("sku", item.sku());
        payload.put("item_kind", item.itemKind().code());
        payload.put("movement_kind", movement.kind().code());
        payload.put("quantity_delta", movement.quantityDelta());
        payload.put("quantity_after", after.quantity());
        payload.put("min_stock_level", after.minStockLevel());
        payload.put("below_minimum", item.itemKind() == ItemKind.COUNTED && after.quantity() < after.minStockLevel());
        tx.publish(new DomainEvent(ids.newId(), STOCK_CHANGED, "inventory_item", item.id(), movement.createdAt(),
                payload));
    }

    /**
     * The cost of some units at a unit cost.
     *
     * @param unitCost the unit cost
     * @param units how many
     * @return the cost
     */
    static Money costOf(Money unitCost, int units) {
        return unitCost.times(BigDecimal.valueOf(units), RoundingMode.UNNECESSARY);
    }

    /**
     * Adds metal to the scrap lot of its metal and purity, creating the lot if needed. Concurrent
     * additions create one lot (its unique index decides) and queue on its row lock.
     *
     * @return the lot's movement
     */
    StockMovement addToScrapLot(Tx tx, MetalType metal, Purity purity, Weight weight, Money cost,
            MovementKind kind, String reason, String referenceType, UUID referenceId, UUID createdBy) {
        InventoryItemMapper items = tx.mapper(InventoryItemMapper.class);
        boolean created = items.insertScrapLot(newScrapLot(metal, purity)) == 1;
        ItemRow lot = items.selectScrapLotForUpdate(metal, purity);
        if (lot == null) {
            throw new IllegalStateException("the scrap lot of " + metal.code() + " " + purity
                    + " was neither created nor found; its SKU is taken by a row of another metal or purity");
        }
        Weight after = items.addScrapWeight(lot.id(), weight, cost.amount(), now());
        // The lot is one lot: its quantity is 1 from its first receipt on, and what grows is its weight.
        return record(tx, lot, kind, created ? 1 : 0, new StockLevel(1, lot.costPrice().plus(cost), 0), weight,
                after, reason, referenceType, referenceId, cost, createdBy);
    }

    private ItemRow newScrapLot(MetalType metal, Purity purity) {
        String fineness = purity.fineness().toPlainString();
        Instant now = now();
        Money zero = Money.zero(currency);
        return new ItemRow(ids.newId(), "SCRAP:" + metal.code() + ":" + fineness, null,
                "Scrap " + metal.code() + " " + fineness, "Old and broken metal awaiting melting", null,
                ItemKind.SCRAP, ItemStatus.IN_STOCK, metal, purity, Weight.ZERO, Weight.ZERO, Weight.ZERO,
                PriceMode.WEIGHT, MakingChargeType.PER_GRAM, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, zero,
                null, zero, 1, 0, 0, null, json.createObjectNode(), null, now, now, 0);
    }

    static String kindName(ItemKind kind) {
        return switch (kind) {
            case UNIQUE_PIECE -> "unique piece";
            case COUNTED -> "counted item";
            case SCRAP -> "scrap lot";
        };
    }
}
