package dev.goldshop.persistence.catalog;

import static dev.goldshop.persistence.catalog.CatalogBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.Inventory;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.ItemSearch;
import dev.goldshop.core.catalog.ItemStatus;
import dev.goldshop.core.catalog.MovementKind;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.catalog.StockMovement;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Receive, adjust, move to scrap, and the movement history: every change recorded, never below zero. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockMovementsTest {
    private CatalogBed bed;
    private Inventory inventory;

    @BeforeAll
    void start(TestDatabase db) {
        bed = new CatalogBed(db);
        inventory = bed.inventory;
    }

    @AfterAll
    void stop() {
        bed.close();
    }

    private Item coins(int quantity, String unitCost) {
        return coins(quantity, unitCost, 22);
    }

    private Item coins(int quantity, String unitCost, int karat) {
        return inventory.create(bed.manager, NewItem.builder(CatalogBed.unique("COIN-"), "2 g coin")
                .kind(ItemKind.COUNTED).metal(MetalType.GOLD, Purity.ofKarat(karat))
                .weights(Weight.ofGrams("2.000"), Weight.ZERO).fixedPrice(usd("150.00")).quantity(quantity)
                .costPrice(usd(unitCost)).reorder(5, 20).build());
    }

    private Item piece(String sku) {
        return piece(sku, 22);
    }

    private Item piece(String sku, int karat) {
        return inventory.create(bed.manager, NewItem.builder(sku, "Bangle").metal(MetalType.GOLD, Purity.ofKarat(karat))
                .weights(Weight.ofGrams("12.400"), Weight.ofGrams("0.400"))
                .makingCharge(MakingChargeType.PER_GRAM, BigDecimal.TEN).costPrice(usd("900.00")).build());
    }

    @Test
    void receiving_adds_units_and_moves_the_unit_cost_to_the_weighted_average() {
        Item bag = coins(10, "80.00");
        var before = bed.rowCounts();
        StockMovement in = inventory.receive(bed.manager, bag.id(), 5, usd("450.00"), "delivery 118");

        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L, "stock_movements", 1L,
                "outbox_events", 1L));
        assertThat(bed.lastAudit()).isEqualTo("receive/success");
        assertThat(in.kind()).isEqualTo(MovementKind.RECEIVE);
        assertThat(in.quantityDelta()).isEqualTo(5);
        assertThat(in.quantityAfter()).isEqualTo(15);
        assertThat(in.cost()).isEqualTo(usd("450.00"));
        assertThat(in.reason()).isEqualTo("delivery 118");
        assertThat(in.createdBy()).isEqualTo(bed.manager.actor().userId());
        // (10 x 80.00 + 450.00) / 15 = 83.333... -> 83.33
        assertThat(inventory.get(bed.manager, bag.id()).orElseThrow().costPrice()).isEqualTo(usd("83.33"));

        StockMovement blind = inventory.receive(bed.clerk, bag.id(), 1, null, null);
        assertThat(blind.cost()).isNull();
        assertThat(inventory.get(bed.manager, bag.id()).orElseThrow().costPrice()).isEqualTo(usd("83.33"));
        assertThat(bed.storedQuantity(bag.id())).isEqualTo(16).isEqualTo(bed.movementSum(bag.id()));
    }

    @Test
    void a_receipt_is_refused_for_bad_input_pieces_archived_stock_and_a_clerk_naming_a_cost() {
        Item bag = coins(1, "10.00");
        Item ring = piece(CatalogBed.unique("P-"));
        var before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.receive(bed.manager, bag.id(), 0, Money.of("1.00", "EUR"), "n".repeat(501)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("quantity", "cost", "note"));
        assertThatThrownBy(() -> inventory.receive(bed.manager, ring.id(), 1, null, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("unique piece");
        assertThatThrownBy(() -> inventory.receive(bed.manager, UUID.randomUUID(), 1, null, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();
        assertThatThrownBy(() -> inventory.receive(bed.clerk, bag.id(), 1, usd("1.00"), null))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));

        inventory.archive(bed.manager, bag.id(), 0);
        before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.receive(bed.manager, bag.id(), 1, null, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("archived");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void an_adjustment_needs_a_reason_and_never_takes_the_stock_below_zero() {
        Item bag = coins(4, "50.00");
        StockMovement found = inventory.adjust(bed.clerk, bag.id(), 2, "found in the safe at the count");
        assertThat(found.quantityAfter()).isEqualTo(6);
        assertThat(found.cost()).isNull();
        StockMovement lost = inventory.adjust(bed.manager, bag.id(), -6, "lost");
        assertThat(lost.quantityAfter()).isZero();
        assertThat(lost.cost()).isEqualTo(usd("300.00"));
        assertThat(bed.lastAudit()).isEqualTo("adjust/success");

        var before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.adjust(bed.manager, bag.id(), -1, "one more"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("insufficient stock").hasMessageContaining(bag.sku());
        assertThatThrownBy(() -> inventory.adjust(bed.manager, bag.id(), 0, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("delta", "reason"));
        assertThatThrownBy(() -> inventory.adjust(bed.manager, bag.id(), 1, null)).isInstanceOf(ValidationException.class);
        Item ring = piece(CatalogBed.unique("P-"));
        before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.adjust(bed.manager, ring.id(), -1, "gone"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("unique piece");
        assertThatThrownBy(() -> inventory.adjust(bed.manager, UUID.randomUUID(), 1, "x"))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();
        assertThat(bed.storedQuantity(bag.id())).isZero();
        assertThat(bed.movementSum(bag.id())).isZero();
    }

    @Test
    void every_stock_change_announces_itself_with_the_level_below_the_minimum() {
        Item bag = coins(6, "50.00");
        inventory.adjust(bed.manager, bag.id(), -2, "sample for the window");
        String payload = bed.queryString("SELECT payload::text FROM outbox_events WHERE aggregate_id = '" + bag.id()
                + "' AND event_type = 'inventory.stock_changed' ORDER BY created_at DESC, id DESC LIMIT 1");
        assertThat(payload).contains("\"quantity_after\": 4").contains("\"below_minimum\": true")
                .contains("\"movement_kind\": \"adjust\"");
    }

    @Test
    void scrapping_moves_the_metal_and_its_cost_into_one_lot_per_metal_and_purity() {
        // 21K: no other test of the class scraps it, so the lot starts here.
        Item bag = coins(5, "100.00", 21);
        Item ring = piece(CatalogBed.unique("P-"), 21);

        StockMovement fromBag = inventory.moveToScrap(bed.manager, bag.id(), 2, "dented coins");
        assertThat(fromBag.kind()).isEqualTo(MovementKind.SCRAP);
        assertThat(fromBag.quantityDelta()).isEqualTo(-2);
        assertThat(fromBag.quantityAfter()).isEqualTo(3);
        assertThat(fromBag.cost()).isEqualTo(usd("200.00"));
        assertThat(bed.lastAudit()).isEqualTo("scrap/success");
        UUID lotId = fromBag.referenceId();
        Item lot = inventory.get(bed.manager, lotId).orElseThrow();
        assertThat(lot.kind()).isEqualTo(ItemKind.SCRAP);
        assertThat(lot.sku()).isEqualTo("SCRAP:gold:875");
        assertThat(lot.netWeight()).isEqualTo(Weight.ofGrams("4.000"));
        assertThat(lot.costPrice()).isEqualTo(usd("200.00"));
        assertThat(lot.quantity()).isEqualTo(1);

        var before = bed.rowCounts();
        StockMovement fromRing = inventory.moveToScrap(bed.manager, ring.id(), 1, "broken clasp");
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L, "stock_movements", 2L,
                "outbox_events", 2L));
        assertThat(fromRing.referenceId()).isEqualTo(lotId);
        Item scrappedRing = inventory.get(bed.manager, ring.id()).orElseThrow();
        assertThat(scrappedRing.status()).isEqualTo(ItemStatus.ARCHIVED);
        assertThat(scrappedRing.quantity()).isZero();
        Item grown = inventory.get(bed.manager, lotId).orElseThrow();
        assertThat(grown.netWeight()).isEqualTo(Weight.ofGrams("16.000"));
        assertThat(grown.costPrice()).isEqualTo(usd("1100.00"));
        assertThat(bed.queryLong("SELECT count(*) FROM inventory_items WHERE item_kind = 'scrap' AND purity = 875"))
                .isEqualTo(1);
        List<StockMovement> lotHistory = inventory.movements(bed.manager, lotId, PageRequest.first()).items();
        assertThat(lotHistory).extracting(StockMovement::quantityDelta).containsExactly(0, 1);
        assertThat(lotHistory).extracting(m -> m.weightAfter().grams().toPlainString())
                .containsExactly("16.000", "4.000");
        assertThat(bed.movementSum(lotId)).isEqualTo(1);
        assertThat(inventory.search(bed.manager, ItemSearch.builder().kind(ItemKind.SCRAP)
                .metal(MetalType.GOLD, Purity.ofKarat(21)).build(), PageRequest.first()).items())
                .extracting(Item::id).containsExactly(lotId);
    }

    @Test
    void scrapping_is_refused_without_metal_without_a_reason_beyond_the_stock_and_for_lots() {
        Item plain = inventory.create(bed.manager, NewItem.builder(CatalogBed.unique("BOX-"), "Gift box")
                .kind(ItemKind.COUNTED).fixedPrice(usd("3.00")).quantity(10).build());
        Item bag = coins(2, "10.00");
        Item ring = piece(CatalogBed.unique("P-"));
        var before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.moveToScrap(bed.manager, plain.id(), 1, "torn"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("no metal");
        assertThatThrownBy(() -> inventory.moveToScrap(bed.manager, bag.id(), 3, "all of them"))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("insufficient stock");
        assertThatThrownBy(() -> inventory.moveToScrap(bed.manager, bag.id(), 0, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("quantity", "reason"));
        assertThatThrownBy(() -> inventory.moveToScrap(bed.manager, ring.id(), 2, "twice"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("must be 1 for unique piece");
        assertThatThrownBy(() -> inventory.moveToScrap(bed.manager, UUID.randomUUID(), 1, "ghost"))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();
        UUID lot = inventory.moveToScrap(bed.manager, bag.id(), 1, "bent").referenceId();
        before = bed.rowCounts();
        assertThatThrownBy(() -> inventory.moveToScrap(bed.manager, lot, 1, "again"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("scrap lot");
        inventory.moveToScrap(bed.manager, ring.id(), 1, "melted");
        var afterRing = bed.rowCounts();
        assertThatThrownBy(() -> inventory.moveToScrap(bed.manager, ring.id(), 1, "again"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("archived");
        assertThat(bed.changedSince(afterRing)).isEmpty();
    }

    @Test
    void the_history_pages_newest_first_with_each_movement_exactly_once() {
        Item bag = coins(1, "10.00");
        for (int i = 0; i < 9; i++) {
            inventory.adjust(bed.manager, bag.id(), 1, "count " + i);
        }
        List<StockMovement> all = new ArrayList<>();
        PageRequest request = PageRequest.first(4);
        while (true) {
            Page<StockMovement> page = inventory.movements(bed.reader, bag.id(), request);
            all.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
            request = PageRequest.after(page.nextCursor().orElseThrow(), 4);
        }
        assertThat(all).hasSize(10);
        assertThat(all).extracting(StockMovement::id).doesNotHaveDuplicates();
        assertThat(all).extracting(StockMovement::quantityAfter).containsExactly(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        assertThat(all).allSatisfy(m -> assertThat(m.cost()).isNull());
        assertThatThrownBy(() -> inventory.movements(bed.reader, UUID.randomUUID(), PageRequest.first()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inventory.movements(bed.reader, bag.id(), PageRequest.after("bm90LWEtY3Vyc29y", 4)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("page.cursor"));
    }

    @Test
    void the_database_refuses_to_change_or_delete_a_recorded_movement() {
        Item bag = coins(3, "10.00");
        assertThatThrownBy(() -> bed.queryLong("WITH x AS (UPDATE stock_movements SET quantity_delta = 99 WHERE item_id = '"
                + bag.id() + "' RETURNING 1) SELECT count(*) FROM x")).hasStackTraceContaining("never changed");
        assertThatThrownBy(() -> bed.queryLong("WITH x AS (DELETE FROM stock_movements WHERE item_id = '"
                + bag.id() + "' RETURNING 1) SELECT count(*) FROM x")).hasStackTraceContaining("never changed");
        assertThat(bed.movementSum(bag.id())).isEqualTo(3);
    }
}
