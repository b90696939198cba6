package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.MovementKind;
import dev.goldshop.core.catalog.StockMovement;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Weight;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.InventoryItemMapper;
import dev.goldshop.persistence.internal.mapper.StockMovementMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The stock movements of {@link dev.goldshop.core.catalog.Inventory}: receive, adjust, move to
 * scrap, and the history. Each change is one call, one transaction, one audit row (action
 * {@code receive}, {@code adjust} or {@code scrap}, the quantity before and after, and the
 * movement).
 */
final class StockOperations {
    private static final String LIST = "movements";
    private static final String ITEM_REFERENCE = "inventory_item";

    private final Calls calls;
    private final StockWriter writer;
    private final Cursors cursors;

    StockOperations(Calls calls, StockWriter writer) {
        this.calls = calls;
        this.writer = writer;
        this.cursors = new Cursors(writer.json());
    }

    StockMovement receive(CallContext ctx, UUID id, int quantity, Money cost, String note) {
        calls.authorize(ctx, Permissions.STOCK_ADJUST);
        if (cost != null) {
            calls.authorize(ctx, Permissions.INVENTORY_COST_READ);
        }
        boolean seesCost = calls.holds(ctx, Permissions.INVENTORY_COST_READ);
        return calls.writeAuthorized(ctx, tx -> {
            Fields fields = new Fields();
            if (quantity < 1 || quantity > Fields.MAX_QUANTITY) {
                fields.reject("quantity", quantity, "must be from 1 to " + Fields.MAX_QUANTITY);
            }
            fields.amount("cost", cost, writer.currency());
            fields.optionalText("note", note, 500);
            fields.throwIfAny();
            ItemRow item = StockWriter.item(tx, id);
            StockLevel after = writer.changeCounted(tx, item, quantity, cost == null ? null : cost.amount(),
                    "the receipt");
            StockMovement movement = writer.record(tx, item, MovementKind.RECEIVE, quantity, after, null, null,
                    blankToNull(note), null, null, cost, ctx.actor().userId());
            return Audited.of(ItemViews.movement(movement, seesCost), event("receive", item, movement));
        });
    }

    StockMovement adjust(CallContext ctx, UUID id, int delta, String reason) {
        calls.authorize(ctx, Permissions.STOCK_ADJUST);
        boolean seesCost = calls.holds(ctx, Permissions.INVENTORY_COST_READ);
        return calls.writeAuthorized(ctx, tx -> {
            Fields fields = new Fields();
            if (delta == 0 || Math.abs((long) delta) > Fields.MAX_QUANTITY) {
                fields.reject("delta", delta, "must be a non-zero number of units, at most " + Fields.MAX_QUANTITY
                        + " either way");
            }
            fields.requiredText("reason", reason, 500);
            fields.throwIfAny();
            ItemRow item = StockWriter.item(tx, id);
            StockLevel after = writer.changeCounted(tx, item, delta, null, "the adjustment");
            StockMovement movement = writer.record(tx, item, MovementKind.ADJUST, delta, after, null, null, reason,
                    null, null, StockWriter.costOf(after.costPrice(), Math.abs(delta)), ctx.actor().userId());
            return Audited.of(ItemViews.movement(movement, seesCost), event("adjust", item, movement));
        });
    }

    StockMovement moveToScrap(CallContext ctx, UUID id, int quantity, String reason) {
        calls.authorize(ctx, Permissions.STOCK_ADJUST);
        boolean seesCost = calls.holds(ctx, Permissions.INVENTORY_COST_READ);
        return calls.writeAuthorized(ctx, tx -> {
            Fields fields = new Fields();
            if (quantity < 1 || quantity > Fields.MAX_QUANTITY) {
                fields.reject("quantity", quantity, "must be from 1 to " + Fields.MAX_QUANTITY);
            }
            fields.requiredText("reason", reason, 500);
            fields.throwIfAny();
            ItemRow item = StockWriter.item(tx, id);
            if (item.itemKind() == ItemKind.SCRAP) {
                throw new BusinessRuleException("Item " + item.sku() + " is already a scrap lot");
            }
            if (item.metalType() == null || item.netWeight().isZero()) {
                throw new BusinessRuleException("Item " + item.sku() + " has no metal weight to recover; archive it "
                        + "(or adjust counted stock out, with a reason) instead");
            }
            StockLevel after;
            if (item.itemKind() == ItemKind.UNIQUE_PIECE) {
                if (quantity != 1) {
                    fields.reject("quantity", quantity, "must be 1 for unique piece " + item.sku());
                    fields.throwIfAny();
                }
                after = tx.mapper(InventoryItemMapper.class).scrapPiece(id, writer.now());
                if (after == null) {
                    throw new BusinessRuleException("Item " + item.sku() + " is "
                            + StockWriter.item(tx, id).status().code() + "; only a piece in stock or reserved can go to scrap");
                }
            } else {
                after = writer.changeCounted(tx, item, -quantity, null, "scrapping");
            }
            Money cost = StockWriter.costOf(after.costPrice(), quantity);
            Weight metal = item.netWeight().times(BigDecimal.valueOf(quantity), RoundingMode.UNNECESSARY);
            UUID actor = ctx.actor().userId();
            StockMovement lot = writer.addToScrapLot(tx, item.metalType(), item.purity(), metal, cost,
                    MovementKind.SCRAP, reason, ITEM_REFERENCE, id, actor);
            StockMovement movement = writer.record(tx, item, MovementKind.SCRAP, -quantity, after, null, null, reason,
                    ITEM_REFERENCE, lot.itemId(), cost, actor);
            AuditEvent event = event("scrap", item, movement);
            return Audited.of(ItemViews.movement(movement, seesCost), event.with("scrap_lot_id", lot.itemId().toString())
                    .with("scrap_weight", metal.grams().toPlainString()));
        });
    }

    Page<StockMovement> movements(CallContext ctx, UUID id, PageRequest page) {
        return calls.read(ctx, Permissions.INVENTORY_READ, tx -> {
            boolean seesCost = calls.holds(ctx, Permissions.INVENTORY_COST_READ);
            PageRequest request = page == null ? PageRequest.first() : page;
            List<String> before = cursors.decode(LIST, request.cursor(), 2);
            Instant beforeAt = null;
            UUID beforeId = null;
            if (before != null) {
                try {
                    beforeAt = Instant.parse(before.get(0));
                } catch (DateTimeParseException e) {
                    throw Cursors.invalid(request.cursor());
                }
                beforeId = InventoryService.uuid(before.get(1), request.cursor());
            }
            StockWriter.item(tx, id);
            List<StockMovement> rows = tx.mapper(StockMovementMapper.class).selectPage(id, beforeAt, beforeId,
                    request.limit() + 1);
            boolean more = rows.size() > request.limit();
            List<StockMovement> shown = more ? rows.subList(0, request.limit()) : rows;
            StockMovement last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
            return new Page<>(shown.stream().map(m -> ItemViews.movement(m, seesCost)).toList(), more
                    ? Optional.of(cursors.encode(LIST, last.createdAt().toString(), last.id().toString()))
                    : Optional.empty());
        });
    }

    private static AuditEvent event(String action, ItemRow item, StockMovement movement) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("quantity", movement.quantityAfter() - movement.quantityDelta());
        before.put("status", item.status().code());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("quantity", movement.quantityAfter());
        after.put("movement", ItemViews.audit(movement));
        return new AuditEvent(action, InventoryService.RESOURCE, item.id(), before, after, Map.of("sku", item.sku()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
