package dev.goldshop.persistence.catalog;

import static dev.goldshop.persistence.catalog.CatalogBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.ItemStatus;
import dev.goldshop.core.catalog.MovementKind;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.catalog.StockMovement;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.persistence.internal.catalog.StockLedger;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DOMAIN.md invariant 1 under real concurrency: stock never goes below zero and a unique piece
 * is never sold twice, through the ledger sales use, each caller in its own transaction.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockLedgerConcurrencyTest {
    private CatalogBed bed;
    private StockLedger ledger;

    @BeforeAll
    void start(TestDatabase db) {
        bed = new CatalogBed(db);
        ledger = bed.engine.service(StockLedger.class);
    }

    @AfterAll
    void stop() {
        bed.close();
    }

    private Item coins(int quantity) {
        return bed.inventory.create(bed.manager, NewItem.builder(CatalogBed.unique("COIN-"), "Sovereign")
                .kind(ItemKind.COUNTED).metal(MetalType.GOLD, Purity.ofKarat(22)).weights(Weight.ofGrams("7.988"), null)
                .fixedPrice(usd("700.00")).costPrice(usd("610.00")).quantity(quantity).build());
    }

    private Item piece() {
        return bed.inventory.create(bed.manager, NewItem.builder(CatalogBed.unique("PIECE-"), "Necklace")
                .metal(MetalType.GOLD, Purity.ofKarat(22)).weights(Weight.ofGrams("30.000"), Weight.ofGrams("2.000"))
                .makingCharge(MakingChargeType.PERCENT, BigDecimal.TEN).costPrice(usd("2500.00")).build());
    }

    /** Runs the same work on n threads released together; returns each outcome. */
    private <T> List<Object> race(int threads, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return work.call();
                    } catch (BusinessRuleException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sixty_four_sales_racing_for_ten_units_sell_exactly_ten_and_leave_zero() throws Exception {
        Item bag = coins(10);
        long auditBefore = bed.queryLong("SELECT count(*) FROM audit_logs");
        List<Object> outcomes = race(64, () -> bed.engine.inTransaction(
                tx -> ledger.takeForSale(tx, bag.id(), 1, UUID.randomUUID())));

        List<StockMovement> sold = outcomes.stream().filter(StockMovement.class::isInstance)
                .map(StockMovement.class::cast).toList();
        assertThat(sold).hasSize(10);
        assertThat(sold).extracting(StockMovement::quantityAfter).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(sold).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MovementKind.SALE);
            assertThat(m.cost()).isEqualTo(usd("610.00"));
            assertThat(m.referenceType()).isEqualTo(StockLedger.INVOICE);
        });
        assertThat(outcomes.stream().filter(BusinessRuleException.class::isInstance)
                .map(o -> ((BusinessRuleException) o).getMessage()))
                .hasSize(54).allSatisfy(message -> assertThat(message).startsWith("insufficient stock"));
        assertThat(bed.storedQuantity(bag.id())).isZero();
        assertThat(bed.movementSum(bag.id())).isZero();
        // The ledger writes no audit row of its own: the sale that calls it does.
        assertThat(bed.queryLong("SELECT count(*) FROM audit_logs")).isEqualTo(auditBefore);
    }

    @Test
    void eight_sales_racing_for_one_unique_piece_sell_it_once() throws Exception {
        Item necklace = piece();
        List<Object> outcomes = race(8, () -> bed.engine.inTransaction(
                tx -> ledger.takeForSale(tx, necklace.id(), 1, UUID.randomUUID())));

        assertThat(outcomes.stream().filter(StockMovement.class::isInstance)).hasSize(1);
        assertThat(outcomes.stream().filter(BusinessRuleException.class::isInstance)
                .map(o -> ((BusinessRuleException) o).getMessage()))
                .hasSize(7).allSatisfy(message -> assertThat(message).endsWith("is already sold"));
        Item sold = bed.inventory.get(bed.manager, necklace.id()).orElseThrow();
        assertThat(sold.status()).isEqualTo(ItemStatus.SOLD);
        assertThat(sold.quantity()).isZero();
        assertThat(bed.queryLong("SELECT count(*) FROM stock_movements WHERE kind = 'sale' AND item_id = '"
                + necklace.id() + "'")).isEqualTo(1);
    }

    @Test
    void sixteen_clerks_adjusting_out_of_ten_units_at_once_succeed_ten_times_with_one_audit_row_each()
            throws Exception {
        Item bag = coins(10);
        List<Object> outcomes = race(16, () -> bed.inventory.adjust(bed.clerk, bag.id(), -1, "counted short"));
        assertThat(outcomes.stream().filter(StockMovement.class::isInstance)).hasSize(10);
        assertThat(bed.storedQuantity(bag.id())).isZero();
        assertThat(bed.queryLong("SELECT count(*) FROM audit_logs WHERE action_type = 'adjust' AND resource_id = '"
                + bag.id() + "'")).isEqualTo(10);
        assertThat(bed.queryLong("SELECT count(*) FROM audit_logs WHERE resource_id = '" + bag.id() + "'"))
                .isEqualTo(11);
    }

    @Test
    void returns_put_pieces_and_units_back_and_a_piece_not_sold_cannot_come_back() {
        Item necklace = piece();
        Item bag = coins(3);
        UUID invoice = UUID.randomUUID();
        UUID creditNote = UUID.randomUUID();
        bed.engine.inTransaction(tx -> ledger.takeForSale(tx, necklace.id(), 1, invoice));
        bed.engine.inTransaction(tx -> ledger.takeForSale(tx, bag.id(), 2, invoice));

        StockMovement back = bed.engine.inTransaction(tx -> ledger.returnFromSale(tx, necklace.id(), 1, creditNote));
        assertThat(back.kind()).isEqualTo(MovementKind.RETURN);
        assertThat(back.quantityAfter()).isEqualTo(1);
        assertThat(back.referenceId()).isEqualTo(creditNote);
        assertThat(bed.inventory.get(bed.manager, necklace.id()).orElseThrow().status()).isEqualTo(ItemStatus.IN_STOCK);
        assertThatThrownBy(() -> bed.engine.inTransaction(tx -> ledger.returnFromSale(tx, necklace.id(), 1, creditNote)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("not sold");

        bed.inventory.archive(bed.manager, bag.id(), bed.inventory.get(bed.manager, bag.id()).orElseThrow().version());
        StockMovement restocked = bed.engine.inTransaction(tx -> ledger.returnFromSale(tx, bag.id(), 2, creditNote));
        assertThat(restocked.quantityAfter()).isEqualTo(2);
        assertThat(restocked.cost()).isEqualTo(usd("1220.00"));
        Item again = bed.inventory.get(bed.manager, bag.id()).orElseThrow();
        assertThat(again.status()).isEqualTo(ItemStatus.IN_STOCK);
        assertThat(bed.storedQuantity(bag.id())).isEqualTo(2).isEqualTo(bed.movementSum(bag.id()));
        assertThat(bed.movementSum(necklace.id())).isEqualTo(1);
    }

    @Test
    void a_sale_is_refused_for_a_wrong_quantity_a_missing_item_a_reserved_piece_and_a_scrap_lot() {
        Item necklace = piece();
        UUID invoice = UUID.randomUUID();
        var before = bed.rowCounts();
        assertThatThrownBy(() -> bed.engine.inTransaction(tx -> ledger.takeForSale(tx, necklace.id(), 2, invoice)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("must be 1 for unique piece");
        assertThatThrownBy(() -> bed.engine.inTransaction(tx -> ledger.takeForSale(tx, necklace.id(), 0, invoice)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> bed.engine.inTransaction(tx -> ledger.takeForSale(tx, UUID.randomUUID(), 1, invoice)))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();
        bed.inventory.reserve(bed.manager, necklace.id(), 0);
        before = bed.rowCounts();
        assertThatThrownBy(() -> bed.engine.inTransaction(tx -> ledger.takeForSale(tx, necklace.id(), 1, invoice)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("reserved and not for sale");
        StockMovement lot = bed.engine.inTransaction(tx -> ledger.receiveScrap(tx, MetalType.SILVER,
                Purity.ofFineness(925), Weight.ofGrams("100.000"), usd("50.00"), "payment", UUID.randomUUID()));
        var afterLot = bed.rowCounts();
        assertThatThrownBy(() -> bed.engine.inTransaction(tx -> ledger.takeForSale(tx, lot.itemId(), 1, invoice)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("scrap lot");
        assertThat(bed.changedSince(afterLot)).isEmpty();
    }

    @Test
    void old_gold_received_at_once_by_sixteen_payments_adds_up_in_one_lot() throws Exception {
        // Each round races for a lot that does not exist yet: the first receipts collide on creating it.
        for (int karat : new int[] {18, 14, 9, 10, 8}) {
            Purity purity = Purity.ofKarat(karat);
            List<Object> outcomes = race(16, () -> bed.engine.inTransaction(tx -> ledger.receiveScrap(tx,
                    MetalType.GOLD, purity, Weight.ofGrams("1.500"), usd("75.25"), "payment", UUID.randomUUID())));

            List<StockMovement> receipts = outcomes.stream().map(StockMovement.class::cast).toList();
            assertThat(receipts).extracting(StockMovement::itemId).containsOnly(receipts.get(0).itemId());
            UUID lotId = receipts.get(0).itemId();
            assertThat(receipts).extracting(StockMovement::quantityDelta).filteredOn(d -> d == 1).hasSize(1);
            assertThat(receipts).extracting(m -> m.weightAfter().grams().toPlainString()).doesNotHaveDuplicates();
            Item lot = bed.inventory.get(bed.manager, lotId).orElseThrow();
            assertThat(lot.kind()).isEqualTo(ItemKind.SCRAP);
            assertThat(lot.netWeight()).isEqualTo(Weight.ofGrams("24.000"));
            assertThat(lot.costPrice()).isEqualTo(usd("1204.00"));
            assertThat(lot.quantity()).isEqualTo(1).isEqualTo((int) bed.movementSum(lotId));
            assertThat(bed.queryLong("SELECT count(*) FROM inventory_items WHERE item_kind = 'scrap' AND purity = "
                    + purity.fineness().toPlainString())).isEqualTo(1);
        }
    }

    @Test
    void scrap_received_with_bad_arguments_is_refused_naming_each_one() {
        var before = bed.rowCounts();
        assertThatThrownBy(() -> bed.engine.inTransaction(tx -> ledger.receiveScrap(tx, null, null, Weight.ZERO,
                Money.of("1.00", "EUR"), " ", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactlyInAnyOrder("metal", "purity", "weight", "cost",
                                "reference"));
        assertThat(bed.changedSince(before)).isEqualTo(Map.of());
    }
}
