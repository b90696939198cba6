package dev.goldshop.persistence.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goldshop.core.catalog.Category;
import dev.goldshop.core.catalog.Inventory;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.ItemSearch;
import dev.goldshop.core.catalog.ItemStatus;
import dev.goldshop.core.catalog.ItemUpdate;
import dev.goldshop.core.catalog.MovementKind;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.catalog.StockMovement;
import dev.goldshop.core.catalog.Valuation;
import dev.goldshop.core.catalog.ValuationFilter;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.CategoryMapper;
import dev.goldshop.persistence.internal.mapper.InventoryItemMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@link Inventory} over {@code inventory_items}: items, their status, reads and search. Stock
 * movements and the valuation are delegated to {@link StockOperations} and
 * {@link StockValuation}, each of which checks its own permission first.
 */
final class InventoryService implements Inventory {
    static final String RESOURCE = "inventory_item";
    private static final String LIST = "items";

    private final Calls calls;
    private final StockWriter writer;
    private final ObjectMapper json;
    private final CategoryTreeCache tree;
    private final Cursors cursors;
    private final StockOperations stock;
    private final StockValuation valuation;

    InventoryService(Calls calls, StockWriter writer, CategoryTreeCache tree, StockOperations stock,
            StockValuation valuation) {
        this.calls = calls;
        this.writer = writer;
        this.json = writer.json();
        this.tree = tree;
        this.cursors = new Cursors(json);
        this.stock = stock;
        this.valuation = valuation;
    }

    @Override
    public Item create(CallContext ctx, NewItem item) {
        calls.authorize(ctx, Permissions.INVENTORY_CREATE);
        if (item != null && item.costPrice() != null) {
            calls.authorize(ctx, Permissions.INVENTORY_COST_READ);
        }
        boolean seesCost = calls.holds(ctx, Permissions.INVENTORY_COST_READ);
        return calls.writeAuthorized(ctx, tx -> {
            if (item == null) {
                throw ValidationException.of("item", null, "is required");
            }
            Fields fields = new Fields();
            ItemDraft draft = ItemRules.newItem(item, writer.currency(), fields);
            Map<String, Object> attributes = attributesFor(tx, draft.categoryId(), null, draft.attributes(), fields);
            fields.throwIfAny();
            requireUnique(tx, draft, null);
            Instant now = writer.now();
            Money cost = draft.costPrice() == null ? Money.zero(writer.currency()) : draft.costPrice();
            ItemRow row = row(writer.newId(), draft, ItemStatus.IN_STOCK, draft.quantity(), cost, attributes, now, now,
                    0);
            InventoryItemMapper items = tx.mapper(InventoryItemMapper.class);
            items.insert(row);
            if (row.quantity() > 0) {
                writer.record(tx, row, MovementKind.RECEIVE, row.quantity(),
                        new StockLevel(row.quantity(), cost, row.minStockLevel()), null, null, "opening stock", null,
                        null, StockWriter.costOf(cost, row.quantity()), ctx.actor().userId());
            }
            // Read back, so that the caller gets what every later read returns (scales, key order).
            ItemRow created = items.selectById(row.id());
            return Audited.of(ItemViews.item(created, seesCost), AuditEvent.created(RESOURCE, row.id(),
                    ItemViews.audit(created)));
        });
    }

    @Override
    public Item update(CallContext ctx, UUID id, ItemUpdate update, long version) {
        calls.authorize(ctx, Permissions.INVENTORY_UPDATE);
        if (update != null && update.costPrice() != null) {
            calls.authorize(ctx, Permissions.INVENTORY_COST_READ);
        }
        boolean seesCost = calls.holds(ctx, Permissions.INVENTORY_COST_READ);
        return calls.writeAuthorized(ctx, tx -> {
            if (update == null) {
                throw ValidationException.of("update", null, "is required (ItemUpdate.from(item) ... build())");
            }
            InventoryItemMapper items = tx.mapper(InventoryItemMapper.class);
            ItemRow before = lockedForChange(items, id, version);
            if (before.itemKind() == ItemKind.SCRAP) {
                throw new BusinessRuleException("Item " + before.sku() + " is a scrap lot; scrap lots are kept by the SDK");
            }
            if (before.status() == ItemStatus.SOLD || before.status() == ItemStatus.ARCHIVED) {
                throw new BusinessRuleException("Item " + before.sku() + " is " + before.status().code()
                        + "; its record is history and is no longer changed");
            }
            Fields fields = new Fields();
            ItemDraft draft = ItemRules.update(update, before.itemKind(), writer.currency(), fields);
            Map<String, Object> attributes = attributesFor(tx, draft.categoryId(), before.categoryId(),
                    draft.attributes(), fields);
            fields.throwIfAny();
            requireUnique(tx, draft, id);
            Money cost = draft.costPrice() == null ? before.costPrice() : draft.costPrice();
            ItemRow row = row(id, draft, before.status(), before.quantity(), cost, attributes, before.createdAt(),
                    writer.now(), before.version());
            if (items.update(row, version) == 0) {
                throw staleVersion(id, version);
            }
            ItemRow after = items.selectById(id);
            return Audited.of(ItemViews.item(after, seesCost), AuditEvent.updated(RESOURCE, id,
                    ItemViews.audit(before), ItemViews.audit(after)));
        });
    }

    @Override
    public Item reserve(CallContext ctx, UUID id, long version) {
        return changeStatus(ctx, id, version, ItemStatus.IN_STOCK, ItemStatus.RESERVED, "reserve");
    }

    @Override
    public Item release(CallContext ctx, UUID id, long version) {
        return changeStatus(ctx, id, version, ItemStatus.RESERVED, ItemStatus.IN_STOCK, "release");
    }

    private Item changeStatus(CallContext ctx, UUID id, long version, ItemStatus from, ItemStatus to,
            String action) {
        calls.authorize(ctx, Permissions.INVENTORY_UPDATE);
        boolean seesCost = calls.holds(ctx, Permissions.INVENTORY_COST_READ);
        return calls.writeAuthorized(ctx, tx -> {
            InventoryItemMapper items = tx.mapper(InventoryItemMapper.class);
            ItemRow before = lockedForChange(items, id, version);
            if (before.itemKind() != ItemKind.UNIQUE_PIECE) {
                throw new BusinessRuleException("Item " + before.sku() + " is a "
                        + StockWriter.kindName(before.itemKind()) + "; only unique pieces are reserved and released");
            }
            if (before.status() != from) {
                throw new BusinessRuleException("Item " + before.sku() + " is " + before.status().code()
                        + "; only a piece " + from.code().replace('_', ' ') + " can be " + action + "d");
            }
            if (items.updateStatus(id, from, to, writer.now(), version) == 0) {
                throw staleVersion(id, version);
            }
            ItemRow after = items.selectById(id);
            return Audited.of(ItemViews.item(after, seesCost), new AuditEvent(action, RESOURCE, id,
                    ItemViews.audit(before), ItemViews.audit(after), Map.of()));
        });
    }

    @Override
    public Item archive(CallContext ctx, UUID id, long version) {
        calls.authorize(ctx, Permissions.INVENTORY_ARCHIVE);
        boolean seesCost = calls.holds(ctx, Permissions.INVENTORY_COST_READ);
        return calls.writeAuthorized(ctx, tx -> {
            InventoryItemMapper items = tx.mapper(InventoryItemMapper.class);
            ItemRow before = lockedForChange(items, id, version);
            if (before.itemKind() == ItemKind.SCRAP) {
                throw new BusinessRuleException("Item " + before.sku() + " is a scrap lot; scrap lots are kept by the SDK");
            }
            if (before.status() == ItemStatus.SOLD || before.status() == ItemStatus.ARCHIVED) {
                throw new BusinessRuleException("Item " + before.sku() + " is " + before.status().code()
                        + "; only an item in stock or reserved can be archived");
            }
            if (items.archive(id, writer.now(), version) == 0) {
                throw staleVersion(id, version);
            }
            if (before.quantity() > 0) {
                // Archived stock has left the shelves: the units still on hand go out with it, recorded.
                writer.record(tx, before, MovementKind.ADJUST, -before.quantity(),
                        new StockLevel(0, before.costPrice(), before.minStockLevel()), null, null,
                        ctx.reason() == null ? "archived" : "archived: " + ctx.reason(), null, null,
                        StockWriter.costOf(before.costPrice(), before.quantity()), ctx.actor().userId());
            }
            ItemRow after = items.selectById(id);
            return Audited.of(ItemViews.item(after, seesCost), new AuditEvent("archive", RESOURCE, id,
                    ItemViews.audit(before), ItemViews.audit(after), Map.of()));
        });
    }

    @Override
    public Optional<Item> get(CallContext ctx, UUID id) {
        return readOne(ctx, items -> items.selectById(id));
    }

    @Override
    public Optional<Item> getBySku(CallContext ctx, String sku) {
        return readOne(ctx, items -> sku == null ? null : items.selectBySku(sku));
    }

    @Override
    public Optional<Item> getByBarcode(CallContext ctx, String barcode) {
        return readOne(ctx, items -> barcode == null ? null : items.selectByBarcode(barcode));
    }

    private Optional<Item> readOne(CallContext ctx, Function<InventoryItemMapper, ItemRow> lookup) {
        return calls.read(ctx, Permissions.INVENTORY_READ, tx -> Optional.ofNullable(
                lookup.apply(tx.mapper(InventoryItemMapper.class)))
                .map(row -> ItemViews.item(row, calls.holds(ctx, Permissions.INVENTORY_COST_READ))));
    }

    @Override
    public Page<Item> search(CallContext ctx, ItemSearch search, PageRequest page) {
        calls.authorize(ctx, Permissions.INVENTORY_READ);
        boolean seesCost = calls.holds(ctx, Permissions.INVENTORY_COST_READ);
        // The subtree comes from the cached tree, read outside the search's transaction so that
        // the cache can serve it.
        List<UUID> subtree = search == null || search.categoryId() == null ? null
                : tree.current().subtreeIds(search.categoryId());
        return calls.transactions().inTransaction(tx -> {
            ItemSearches.check(search);
            if (subtree != null && subtree.isEmpty()) {
                throw new NotFoundException("category", search.categoryId());
            }
            PageRequest request = page == null ? PageRequest.first() : page;
            List<String> after = cursors.decode(LIST, request.cursor(), 2);
            ItemQuery query = ItemSearches.query(search, subtree, after == null ? null : after.get(0),
                    after == null ? null : uuid(after.get(1), request.cursor()), request.limit() + 1);
            InventoryItemMapper items = tx.mapper(InventoryItemMapper.class);
            // The LIKE patterns decide which index applies; a generic plan would not know them.
            items.planWithParameters();
            List<ItemRow> rows = items.selectPage(query);
            boolean more = rows.size() > request.limit();
            List<ItemRow> shown = more ? rows.subList(0, request.limit()) : rows;
            ItemRow last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
            return new Page<>(shown.stream().map(r -> ItemViews.item(r, seesCost)).toList(),
                    more ? Optional.of(cursors.encode(LIST, last.name(), last.id().toString())) : Optional.empty());
        });
    }

    @Override
    public StockMovement receive(CallContext ctx, UUID id, int quantity, Money cost, String note) {
        return stock.receive(ctx, id, quantity, cost, note);
    }

    @Override
    public StockMovement adjust(CallContext ctx, UUID id, int delta, String reason) {
        return stock.adjust(ctx, id, delta, reason);
    }

    @Override
    public StockMovement moveToScrap(CallContext ctx, UUID id, int quantity, String reason) {
        return stock.moveToScrap(ctx, id, quantity, reason);
    }

    @Override
    public Page<StockMovement> movements(CallContext ctx, UUID id, PageRequest page) {
        return stock.movements(ctx, id, page);
    }

    @Override
    public Valuation valuation(CallContext ctx, ValuationFilter filter) {
        return valuation.valuation(ctx, filter);
    }

    /**
     * Checks attribute values against the template of the category they will be in, holding
     * category and template against change until commit.
     */
    private Map<String, Object> attributesFor(Tx tx, UUID categoryId, UUID currentCategoryId,
            Map<String, Object> values, Fields fields) {
        if (categoryId == null) {
            return AttributeRules.check(null, values, fields);
        }
        Category category = CategoriesService.found(tx.mapper(CategoryMapper.class).selectByIdForShare(categoryId),
                categoryId);
        if (!category.active() && !categoryId.equals(currentCategoryId)) {
            throw new BusinessRuleException("Category '" + category.name() + "' (" + categoryId
                    + ") is inactive; items cannot be put in it");
        }
        CategoryTemplateRow template = CategoryTemplatesService.templateForShare(tx, category.templateId());
        return AttributeRules.check(template == null ? null : TemplateJson.read(template.attributes()), values,
                fields);
    }

    private static void requireUnique(Tx tx, ItemDraft draft, UUID self) {
        InventoryItemMapper items = tx.mapper(InventoryItemMapper.class);
        taken("sku", draft.sku(), items.selectBySku(draft.sku()), self);
        if (draft.barcode() != null) {
            taken("barcode", draft.barcode(), items.selectByBarcode(draft.barcode()), self);
        }
        if (draft.hallmarkId() != null) {
            taken("hallmarkId", draft.hallmarkId(), items.selectByHallmarkId(draft.hallmarkId()), self);
        }
    }

    private static void taken(String field, String value, ItemRow holder, UUID self) {
        if (holder != null && !holder.id().equals(self)) {
            throw new ConflictException(ErrorCode.DUPLICATE, field + ": '" + value + "' is already used by item "
                    + holder.sku() + " (" + holder.id() + ")", null);
        }
    }

    private ItemRow row(UUID id, ItemDraft d, ItemStatus status, int quantity, Money cost,
            Map<String, Object> attributes, Instant createdAt, Instant updatedAt, long version) {
        ObjectNode supplier = null;
        if (!d.supplierInfo().isEmpty()) {
            supplier = json.createObjectNode();
            d.supplierInfo().forEach(supplier::put);
        }
        JsonNode attributeJson = AttributeRules.write(json, attributes);
        return new ItemRow(id, d.sku(), d.barcode(), d.name(), d.description(), d.categoryId(), d.kind(), status,
                d.metal(), d.purity(), d.gross(), d.stone(), d.net(), d.priceMode(), d.makingChargeType(),
                d.makingChargeValue(), d.wastagePercent(), d.profitPercent(),
                d.stoneValue() == null ? Money.zero(writer.currency()) : d.stoneValue(), d.fixedPrice(), cost,
                quantity, d.minStockLevel(), d.reorderQuantity(), d.hallmarkId(), attributeJson, supplier, createdAt,
                updatedAt, version);
    }

    private static ItemRow lockedForChange(InventoryItemMapper items, UUID id, long version) {
        ItemRow row = items.selectByIdForUpdate(id);
        if (row == null) {
            throw new NotFoundException("inventory item", id);
        }
        if (row.version() != version) {
            throw staleVersion(id, version);
        }
        return row;
    }

    static ConflictException staleVersion(UUID id, long version) {
        return new ConflictException(ErrorCode.STALE_VERSION, "inventory item " + id
                + " was changed by someone else (expected version " + version + ")", null);
    }

    static UUID uuid(String text, String cursor) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw Cursors.invalid(cursor);
        }
    }
}
