package dev.goldshop.persistence.catalog;

import static dev.goldshop.persistence.catalog.CatalogBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.AttributeDefinition;
import dev.goldshop.core.catalog.Category;
import dev.goldshop.core.catalog.CategoryTemplate;
import dev.goldshop.core.catalog.CategoryTemplateDraft;
import dev.goldshop.core.catalog.Inventory;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.ItemSearch;
import dev.goldshop.core.catalog.ItemStatus;
import dev.goldshop.core.catalog.ItemUpdate;
import dev.goldshop.core.catalog.MovementKind;
import dev.goldshop.core.catalog.NewCategory;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.catalog.StockMovement;
import dev.goldshop.core.catalog.ValuationFilter;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Items: create, update, reserve, release, archive and reads, with every rule of NewItem. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventoryItemsTest {
    private CatalogBed bed;
    private Inventory inventory;
    private Category rings;
    private CategoryTemplate ringTemplate;

    @BeforeAll
    void start(TestDatabase db) {
        bed = new CatalogBed(db);
        inventory = bed.inventory;
        ringTemplate = bed.templates.create(bed.manager, new CategoryTemplateDraft("Rings", null, List.of(
                AttributeDefinition.number("ring_size", true, "mm"),
                AttributeDefinition.choice("stone", false, List.of("ruby", "emerald")))));
        rings = bed.categories.create(bed.manager, NewCategory.root("Rings").withTemplate(ringTemplate.id()));
    }

    @AfterAll
    void stop() {
        bed.close();
    }

    private NewItem.Builder ring(String sku) {
        return NewItem.builder(sku, "22K ruby ring").category(rings.id()).metal(MetalType.GOLD, Purity.ofKarat(22))
                .weights(Weight.ofGrams("6.250"), Weight.ofGrams("0.250"))
                .makingCharge(MakingChargeType.PER_GRAM, new BigDecimal("12.50")).wastagePercent(new BigDecimal("2"))
                .attribute("ring_size", 16).attribute("stone", "ruby").costPrice(usd("410.00"));
    }

    private NewItem.Builder coins(String sku, int quantity) {
        return NewItem.builder(sku, "1 g gold coin").kind(ItemKind.COUNTED).metal(MetalType.GOLD, Purity.ofFineness("999.9"))
                .weights(Weight.ofGrams("1.000"), Weight.ZERO).fixedPrice(usd("95.00")).quantity(quantity)
                .costPrice(usd("80.00"));
    }

    @Test
    void a_unique_piece_is_created_with_its_net_weight_computed_and_its_opening_stock_recorded() {
        String sku = CatalogBed.unique("R-");
        var before = bed.rowCounts();
        Item item = inventory.create(bed.manager, ring(sku).barcode("890" + sku.substring(2)).hallmarkId("HU" + sku)
                .supplier("name", "Karigar & Sons").build());

        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L, "inventory_items", 1L,
                "stock_movements", 1L, "outbox_events", 1L));
        assertThat(bed.lastAudit()).isEqualTo("create/success");
        assertThat(item.kind()).isEqualTo(ItemKind.UNIQUE_PIECE);
        assertThat(item.status()).isEqualTo(ItemStatus.IN_STOCK);
        assertThat(item.quantity()).isEqualTo(1);
        assertThat(item.netWeight()).isEqualTo(Weight.ofGrams("6.000"));
        assertThat(item.fineWeight()).contains(Weight.ofGrams("5.496"));
        assertThat(item.costPrice()).isEqualTo(usd("410.00"));
        assertThat(item.stoneValue()).isEqualTo(usd("0.00"));
        assertThat(item.supplierInfo()).containsEntry("name", "Karigar & Sons");
        assertThat(item.version()).isZero();
        StockMovement opening = inventory.movements(bed.manager, item.id(), PageRequest.first()).items().get(0);
        assertThat(opening.kind()).isEqualTo(MovementKind.RECEIVE);
        assertThat(opening.quantityDelta()).isEqualTo(1);
        assertThat(opening.quantityAfter()).isEqualTo(1);
        assertThat(opening.cost()).isEqualTo(usd("410.00"));
        assertThat(inventory.get(bed.manager, item.id())).contains(item);
        assertThat(inventory.getBySku(bed.manager, sku)).contains(item);
        assertThat(inventory.getByBarcode(bed.manager, item.barcode())).contains(item);
        assertThat(inventory.getBySku(bed.manager, "NO-SUCH-SKU")).isEmpty();
        assertThat(inventory.getByBarcode(bed.manager, "0000")).isEmpty();
        assertThat(inventory.get(bed.manager, UUID.randomUUID())).isEmpty();
    }

    @Test
    void counted_stock_starts_at_its_opening_quantity_and_without_a_movement_when_it_is_zero() {
        Item bag = inventory.create(bed.manager, coins(CatalogBed.unique("C-"), 25).build());
        assertThat(bag.quantity()).isEqualTo(25);
        assertThat(bag.priceMode()).isEqualTo(PriceMode.FIXED);
        assertThat(bed.movementSum(bag.id())).isEqualTo(25);
        var before = bed.rowCounts();
        Item empty = inventory.create(bed.manager, coins(CatalogBed.unique("C-"), 0).build());
        assertThat(empty.quantity()).isZero();
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L, "inventory_items", 1L));
    }

    @Test
    void every_problem_of_a_bad_item_is_reported_at_once_and_nothing_is_written() {
        NewItem bad = NewItem.builder("bad sku!", " ").kind(ItemKind.UNIQUE_PIECE)
                .metal(MetalType.GOLD, Purity.ofFineness(200))
                .weights(Weight.ofGrams("1.000"), Weight.ofGrams("2.000"))
                .makingCharge(null, null).wastagePercent(new BigDecimal("120")).profitPercent(new BigDecimal("1.234"))
                .stoneValue(Money.of("5.00", "EUR")).costPrice(usd("-1.00")).quantity(2).hallmarkId("has space")
                .barcode("with space").attribute("anything", "x").reorder(-1, 0).build();
        var before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.create(bed.manager, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("sku", "barcode", "name", "purity",
                                "stoneWeight", "makingChargeType", "makingChargeValue", "wastagePercent",
                                "profitPercent", "stoneValue", "costPrice", "quantity", "hallmarkId", "minStockLevel",
                                "attributes.anything"));
        assertThatThrownBy(() -> inventory.create(bed.manager, NewItem.builder("X-1", "Stated net")
                .metal(MetalType.SILVER, Purity.ofFineness(925)).weights(Weight.ofGrams("10.000"), Weight.ofGrams("1.000"))
                .netWeight(Weight.ofGrams("9.500")).makingCharge(MakingChargeType.FIXED, BigDecimal.ONE).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("netWeight"))
                .hasMessageContaining("9.000 g");
        assertThatThrownBy(() -> inventory.create(bed.manager, NewItem.builder("X-2", "Fixed without price")
                .priceMode(PriceMode.FIXED).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("fixedPrice");
        assertThatThrownBy(() -> inventory.create(bed.manager, NewItem.builder("X-3", "Counted piece with mark")
                .kind(ItemKind.COUNTED).fixedPrice(usd("1.00")).hallmarkId("HUID01").quantity(-3).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("hallmarkId", "quantity"));
        assertThatThrownBy(() -> inventory.create(bed.manager, NewItem.builder("X-4", "Scrap by hand")
                .kind(ItemKind.SCRAP).fixedPrice(usd("1.00")).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> inventory.create(bed.manager, NewItem.builder("X-5", "Percent over 100")
                .metal(MetalType.GOLD, Purity.ofKarat(18)).weights(Weight.ofGrams("1.000"), null)
                .makingCharge(MakingChargeType.PERCENT, new BigDecimal("150")).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("makingChargeValue");
        assertThatThrownBy(() -> inventory.create(bed.manager, null)).isInstanceOf(ValidationException.class);
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void attributes_are_checked_against_the_category_template() {
        Category plain = bed.categories.create(bed.manager, NewCategory.root(CatalogBed.unique("No template ")));
        var before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.create(bed.manager, ring(CatalogBed.unique("R-")).attribute("ring_size", null)
                .attribute("stone", "diamond").attribute("maker", "me").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("attributes.ring_size",
                                "attributes.stone", "attributes.maker"))
                .hasMessageContaining("ruby, emerald");
        assertThatThrownBy(() -> inventory.create(bed.manager, ring(CatalogBed.unique("R-"))
                .attribute("ring_size", "sixteen").build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("attributes.ring_size");
        assertThatThrownBy(() -> inventory.create(bed.manager, ring(CatalogBed.unique("R-")).category(plain.id()).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no template");
        assertThatThrownBy(() -> inventory.create(bed.manager, ring(CatalogBed.unique("R-")).category(UUID.randomUUID())
                .build())).isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void sku_barcode_and_hallmark_are_unique_and_a_clash_names_the_field() {
        String sku = CatalogBed.unique("U-");
        inventory.create(bed.manager, ring(sku).barcode("B" + sku).hallmarkId("H" + sku).build());
        var before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.create(bed.manager, ring(sku).build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE))
                .hasMessageStartingWith("sku:");
        assertThatThrownBy(() -> inventory.create(bed.manager, ring(sku + "x").barcode("B" + sku).build()))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("barcode:");
        assertThatThrownBy(() -> inventory.create(bed.manager, ring(sku + "y").hallmarkId("H" + sku).build()))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("hallmarkId:");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void an_inactive_category_takes_no_new_items() {
        Category closed = bed.categories.create(bed.manager, NewCategory.root(CatalogBed.unique("Closed ")));
        bed.categories.deactivate(bed.manager, closed.id(), false, 0);
        var before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.create(bed.manager, coins(CatalogBed.unique("C-"), 1).category(closed.id())
                .build())).isInstanceOf(BusinessRuleException.class).hasMessageContaining("inactive");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void cost_prices_are_shown_and_set_only_with_the_cost_permission() {
        var before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.create(bed.clerk, ring(CatalogBed.unique("R-")).build()))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("inventory.cost:read");
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        assertThat(bed.lastAudit()).isEqualTo("access_denied/denied");

        Item byClerk = inventory.create(bed.clerk, ring(CatalogBed.unique("R-")).costPrice(null).build());
        assertThat(byClerk.costPrice()).isNull();
        Item seen = inventory.get(bed.manager, byClerk.id()).orElseThrow();
        assertThat(seen.costPrice()).isEqualTo(usd("0.00"));
        assertThat(inventory.get(bed.clerk, byClerk.id()).orElseThrow().costPrice()).isNull();
        assertThat(inventory.search(bed.reader, ItemSearch.builder().sku(byClerk.sku()).build(), PageRequest.first())
                .items()).extracting(Item::costPrice).containsExactly((Money) null);

        // A clerk's update (from a masked read) keeps the cost; setting one needs the permission.
        Item renamed = inventory.update(bed.clerk, byClerk.id(), ItemUpdate.from(inventory.get(bed.clerk,
                byClerk.id()).orElseThrow()).name("Renamed by clerk").build(), 0);
        assertThat(renamed.costPrice()).isNull();
        before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.update(bed.clerk, byClerk.id(), ItemUpdate.from(renamed)
                .costPrice(usd("1.00")).build(), 1)).isInstanceOf(PermissionDeniedException.class);
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        Item costed = inventory.update(bed.manager, byClerk.id(), ItemUpdate.from(renamed).costPrice(usd("399.99"))
                .build(), 1);
        assertThat(costed.costPrice()).isEqualTo(usd("399.99"));
        assertThat(inventory.valuation(bed.clerk, ValuationFilter.all()).totalCost()).isNull();
    }

    @Test
    void an_update_replaces_the_editable_fields_checks_the_version_and_is_audited() {
        Item item = inventory.create(bed.manager, ring(CatalogBed.unique("R-")).build());
        ItemUpdate change = ItemUpdate.from(item).name("Ruby ring, resized").weights(Weight.ofGrams("6.500"),
                Weight.ofGrams("0.250")).attribute("ring_size", 17).removeAttribute("stone").barcode("RESIZED"
                + item.sku()).build();
        Item updated = inventory.update(bed.manager, item.id(), change, 0);

        assertThat(updated.name()).isEqualTo("Ruby ring, resized");
        assertThat(updated.netWeight()).isEqualTo(Weight.ofGrams("6.250"));
        assertThat(updated.attributes()).containsOnlyKeys("ring_size");
        assertThat(updated.quantity()).isEqualTo(1);
        assertThat(updated.costPrice()).isEqualTo(usd("410.00"));
        assertThat(updated.version()).isEqualTo(1);
        assertThat(bed.auditRowsFor(item.id())).isEqualTo(2);
        assertThat(bed.lastAudit()).isEqualTo("update/success");

        Category plain = bed.categories.create(bed.manager, NewCategory.root(CatalogBed.unique("Plain ")));
        var before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.update(bed.manager, item.id(), change, 0))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThatThrownBy(() -> inventory.update(bed.manager, UUID.randomUUID(), change, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inventory.update(bed.manager, item.id(), ItemUpdate.from(updated)
                .weights(Weight.ofGrams("1.000"), Weight.ofGrams("3.000")).metal(MetalType.PLATINUM, Purity.ofKarat(9))
                .build(), 1)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("stoneWeight", "purity"));
        assertThatThrownBy(() -> inventory.update(bed.manager, item.id(), null, 1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> inventory.update(bed.manager, item.id(), ItemUpdate.from(updated).category(plain.id())
                .build(), 1)).isInstanceOf(ValidationException.class).hasMessageContaining("attributes.ring_size");
        assertThat(bed.changedSince(before)).isEmpty();

        Item fixed = inventory.update(bed.manager, item.id(), ItemUpdate.from(updated).category(plain.id())
                .removeAttribute("ring_size").fixedPrice(usd("500.00")).build(), 1);
        assertThat(fixed.priceMode()).isEqualTo(PriceMode.FIXED);
        assertThat(fixed.categoryId()).isEqualTo(plain.id());
    }

    @Test
    void a_unique_piece_is_reserved_and_released_and_counted_stock_is_not() {
        Item piece = inventory.create(bed.manager, ring(CatalogBed.unique("R-")).build());
        Item reserved = inventory.reserve(bed.clerk, piece.id(), 0);
        assertThat(reserved.status()).isEqualTo(ItemStatus.RESERVED);
        assertThat(bed.lastAudit()).isEqualTo("reserve/success");
        var before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.reserve(bed.clerk, piece.id(), 1))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("reserved");
        assertThatThrownBy(() -> inventory.release(bed.clerk, piece.id(), 0))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        Item bag = inventory.create(bed.manager, coins(CatalogBed.unique("C-"), 3).build());
        before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.reserve(bed.clerk, bag.id(), 0))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("only unique pieces");
        assertThatThrownBy(() -> inventory.reserve(bed.clerk, UUID.randomUUID(), 0)).isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();

        Item released = inventory.release(bed.clerk, piece.id(), 1);
        assertThat(released.status()).isEqualTo(ItemStatus.IN_STOCK);
        assertThatThrownBy(() -> inventory.release(bed.clerk, piece.id(), 2))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("only a piece reserved");
    }

    @Test
    void archiving_takes_the_remaining_units_out_with_a_movement_and_ends_editing() {
        Item piece = inventory.create(bed.manager, ring(CatalogBed.unique("R-")).build());
        Item bag = inventory.create(bed.manager, coins(CatalogBed.unique("C-"), 7).build());

        var before = bed.rowCounts();
        Item archived = inventory.archive(bed.clerk.withReason("discontinued"), bag.id(), 0);
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L, "stock_movements", 1L,
                "outbox_events", 1L));
        assertThat(archived.status()).isEqualTo(ItemStatus.ARCHIVED);
        assertThat(archived.quantity()).isZero();
        StockMovement out = inventory.movements(bed.manager, bag.id(), PageRequest.first()).items().get(0);
        assertThat(out.kind()).isEqualTo(MovementKind.ADJUST);
        assertThat(out.quantityDelta()).isEqualTo(-7);
        assertThat(out.reason()).isEqualTo("archived: discontinued");
        assertThat(bed.movementSum(bag.id())).isZero();
        assertThat(bed.lastAudit()).isEqualTo("archive/success");

        assertThat(inventory.archive(bed.clerk, piece.id(), 0).quantity()).isZero();
        before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.archive(bed.clerk, piece.id(), 1))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("archived");
        assertThatThrownBy(() -> inventory.update(bed.manager, piece.id(), ItemUpdate.from(inventory.get(bed.manager,
                piece.id()).orElseThrow()).name("Too late").build(), 1))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("history");
        assertThatThrownBy(() -> inventory.archive(bed.clerk, bag.id(), 0))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThatThrownBy(() -> inventory.archive(bed.clerk, UUID.randomUUID(), 0)).isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void without_the_permission_every_method_is_refused_with_only_the_refusal_audited() {
        Item item = inventory.create(bed.manager, coins(CatalogBed.unique("C-"), 2).build());
        List<Runnable> calls = List.of(
                () -> inventory.create(bed.reader, coins("Z-1", 1).build()),
                () -> inventory.update(bed.reader, item.id(), ItemUpdate.from(item).build(), 0),
                () -> inventory.reserve(bed.reader, item.id(), 0),
                () -> inventory.release(bed.reader, item.id(), 0),
                () -> inventory.archive(bed.reader, item.id(), 0),
                () -> inventory.get(bed.nobody, item.id()),
                () -> inventory.getBySku(bed.nobody, item.sku()),
                () -> inventory.getByBarcode(bed.nobody, "x"),
                () -> inventory.search(bed.nobody, ItemSearch.all(), PageRequest.first()),
                () -> inventory.receive(bed.reader, item.id(), 1, null, null),
                () -> inventory.adjust(bed.reader, item.id(), 1, "count"),
                () -> inventory.moveToScrap(bed.reader, item.id(), 1, "broken"),
                () -> inventory.movements(bed.nobody, item.id(), PageRequest.first()),
                () -> inventory.valuation(bed.nobody, ValuationFilter.all()));
        for (Runnable call : calls) {
            var before = bed.rowCounts();
            assertThatThrownBy(call::run).isInstanceOf(PermissionDeniedException.class);
            assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
            assertThat(bed.lastAudit()).isEqualTo("access_denied/denied");
        }
        assertThat(inventory.get(bed.reader, item.id()).orElseThrow().version()).isZero();
    }
}
