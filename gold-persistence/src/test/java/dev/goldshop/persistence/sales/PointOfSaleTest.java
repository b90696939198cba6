package dev.goldshop.persistence.sales;

import static dev.goldshop.persistence.sales.SalesBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.sales.PointOfSale;
import dev.goldshop.core.sales.Sale;
import dev.goldshop.core.sales.SaleRequest;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The counter's checkout: a whole sale in one call and one transaction, with the steps' rules and audit rows. */
@ExtendWith(PostgresExtension.class)
class PointOfSaleTest {
    private static SalesBed bed;
    private static PointOfSale pos;

    @BeforeAll
    static void start(TestDatabase db) {
        bed = SalesBed.fresh(db);
        pos = bed.shop.facade(PointOfSale.class);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    private static String key() {
        return "pos-" + UUID.randomUUID();
    }

    @Test
    void a_sale_is_rung_up_and_paid_in_one_call_with_one_audit_row_per_step() throws Exception {
        Item coins = bed.coins("POS-C-" + UUID.randomUUID(), 5);
        Set<UUID> audits = bed.auditIds();

        Sale sale = pos.sell(bed.cashier, SaleRequest.of(null, key(),
                List.of(NewLine.item(coins.id(), 2, null), NewLine.item(coins.id(), 1, null)),
                Tender.cash(usd("210.12"))));

        assertThat(sale.replayed()).isFalse();
        assertThat(sale.invoice().number()).startsWith("INV-");
        assertThat(sale.receipt().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(sale.receipt().balanceDue()).isEqualTo(usd("0.00"));
        assertThat(bed.quantityOf(coins.id())).isEqualTo(2);
        assertThat(bed.auditSince(audits)).extracting(row -> row.get(0) + ":" + row.get(1) + ":" + row.get(3))
                .containsExactly("create:invoice:success", "issue:invoice:success", "pay:invoice:success");
        assertThat(bed.strings("SELECT jsonb_array_length(new_data -> 'lines')::text FROM audit_logs"
                + " WHERE action_type = 'create' AND resource_id = '" + sale.invoice().id() + "'"))
                .as("the draft's audit row holds the lines it was created with").containsExactly("2");
        assertThat(sale.invoice().lines()).extracting(line -> line.quantity()).containsExactly(2, 1);
        bed.assertBooksBalance();
    }

    @Test
    void every_bad_line_is_named_by_its_position_and_nothing_is_written() throws Exception {
        Item ring = bed.ring("POS-BAD-" + UUID.randomUUID());
        Item coins = bed.coins("POS-BADC-" + UUID.randomUUID(), 5);
        Map<String, Long> before = bed.rowCounts();
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> pos.sell(bed.cashier,
                SaleRequest.of(null, key(), List.of(NewLine.item(coins.id(), 1, null),
                        NewLine.item(coins.id(), 0, null), NewLine.item(coins.id(), 1, usd("-1.00"))),
                        Tender.cash(usd("70.04")))));
        assertThat(e.fieldErrors()).extracting(f -> f.field())
                .containsExactlyInAnyOrder("lines[1].quantity", "lines[2].discount");
        ValidationException piece = catchThrowableOfType(ValidationException.class, () -> pos.sell(bed.cashier,
                SaleRequest.of(null, key(), List.of(NewLine.item(coins.id(), 1, null), NewLine.item(ring.id(), 2, null)),
                        Tender.cash(usd("70.04")))));
        assertThat(piece.fieldErrors()).extracting(f -> f.field()).containsExactly("lines[1].quantity");
        assertThatThrownBy(() -> pos.sell(bed.cashier, SaleRequest.of(null, key(),
                List.of(NewLine.item(ring.id(), 1, null), NewLine.item(ring.id(), 1, null)), Tender.cash(usd("1.00")))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already on this invoice (line 1)");
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> pos.sell(bed.cashier, SaleRequest.of(null, key(),
                List.of(NewLine.item(coins.id(), 1, null), NewLine.item(unknown, 1, null)), Tender.cash(usd("1.00")))))
                .isInstanceOf(dev.goldshop.core.error.NotFoundException.class).hasMessageContaining(unknown.toString());
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void eight_checkouts_racing_for_the_last_units_of_two_items_in_both_orders_sell_exactly_the_stock()
            throws Exception {
        Item a = bed.coins("POS-RACE-A-" + UUID.randomUUID(), 4);
        Item b = bed.coins("POS-RACE-B-" + UUID.randomUUID(), 4);
        int threads = 8;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<Object>> outcomes = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                List<NewLine> lines = i % 2 == 0
                        ? List.of(NewLine.item(a.id(), 1, null), NewLine.item(b.id(), 1, null))
                        : List.of(NewLine.item(b.id(), 1, null), NewLine.item(a.id(), 1, null));
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return pos.sell(bed.cashier, SaleRequest.of(null, key(), lines, Tender.cash(usd("140.08"))));
                    } catch (BusinessRuleException refused) {
                        return refused;
                    }
                }));
            }
            List<Object> results = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Object> outcome : outcomes) {
                results.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn(r -> r instanceof Sale).hasSize(4);
            assertThat(results).filteredOn(r -> r instanceof BusinessRuleException)
                    .allMatch(r -> ((Exception) r).getMessage().contains("insufficient stock"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(bed.quantityOf(a.id())).isZero();
        assertThat(bed.quantityOf(b.id())).isZero();
        bed.assertBooksBalance();
    }

    @Test
    void a_retry_with_the_same_key_returns_the_first_sale_and_changes_nothing() throws Exception {
        Item coins = bed.coins("POS-R-" + UUID.randomUUID(), 3);
        SaleRequest request = SaleRequest.of(null, key(), List.of(NewLine.item(coins.id(), 1, null)),
                Tender.cash(usd("70.04")));
        Sale first = pos.sell(bed.cashier, request);
        Map<String, Long> before = bed.rowCounts();

        Sale again = pos.sell(bed.cashier, request);

        assertThat(again.replayed()).isTrue();
        assertThat(again.invoice().id()).isEqualTo(first.invoice().id());
        assertThat(again.receipt().payments()).isEqualTo(first.receipt().payments());
        assertThat(bed.changedSince(before).keySet()).isSubsetOf(Set.of("audit_logs"));
        assertThat(bed.quantityOf(coins.id())).isEqualTo(2);
    }

    @Test
    void the_same_sale_sent_six_times_at_once_is_rung_up_once_and_every_call_gets_it() throws Exception {
        Item coins = bed.coins("POS-DUP-" + UUID.randomUUID(), 10);
        SaleRequest request = SaleRequest.of(null, key(), List.of(NewLine.item(coins.id(), 1, null)),
                Tender.cash(usd("70.04")));
        Map<String, Long> before = bed.rowCounts();
        int threads = 6;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<Sale> sales = new java.util.ArrayList<>();
        try {
            List<java.util.concurrent.Future<Sale>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return pos.sell(bed.cashier, request);
                }));
            }
            for (java.util.concurrent.Future<Sale> call : calls) {
                sales.add(call.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sales).extracting(sale -> sale.invoice().id()).containsOnly(sales.get(0).invoice().id());
        assertThat(sales).filteredOn(sale -> !sale.replayed()).hasSize(1);
        assertThat(bed.quantityOf(coins.id())).isEqualTo(9);
        assertThat(bed.changedSince(before)).containsEntry("invoices", 1L).containsEntry("payments", 1L);
        assertThat(bed.strings("SELECT count(*)::text FROM invoices WHERE status = 'draft'")).containsExactly("0");
    }

    @Test
    void a_step_that_fails_leaves_no_draft_no_number_and_no_stock_taken() throws Exception {
        Item ring = bed.ring("POS-RING-" + UUID.randomUUID());
        Sale sold = pos.sell(bed.cashier, SaleRequest.of(null, key(), List.of(NewLine.item(ring.id(), 1, null)),
                Tender.cash(usd("702.46"))));
        Map<String, Long> before = bed.rowCounts();

        assertThatThrownBy(() -> pos.sell(bed.cashier, SaleRequest.of(null, key(),
                List.of(NewLine.item(ring.id(), 1, null)), Tender.cash(usd("702.46")))))
                .isInstanceOf(BusinessRuleException.class);

        assertThat(bed.changedSince(before)).isEmpty();
        Item coins = bed.coins("POS-N-" + UUID.randomUUID(), 1);
        Sale next = pos.sell(bed.cashier, SaleRequest.of(null, key(), List.of(NewLine.item(coins.id(), 1, null)),
                Tender.cash(usd("70.04"))));
        long sold1 = Long.parseLong(sold.invoice().number().replaceAll(".*-", ""));
        long sold2 = Long.parseLong(next.invoice().number().replaceAll(".*-", ""));
        assertThat(sold2).as("the failed sale gave its number back").isEqualTo(sold1 + 1);
        assertThat(bed.strings("SELECT invoice_number FROM invoices WHERE status = 'draft'")).isEmpty();
    }

    @Test
    void bad_input_is_named_and_nothing_is_written() throws Exception {
        Map<String, Long> before = bed.rowCounts();
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> pos.sell(bed.cashier, new SaleRequest(null, null, List.of(), null, " ", null)));
        assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactlyInAnyOrder("lines", "tenders",
                "idempotencyKey");
        assertThatThrownBy(() -> pos.sell(bed.cashier, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("request");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void a_caller_without_every_permission_of_the_steps_is_refused_before_anything_happens() throws Exception {
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> pos.sell(bed.nobody, null)).isInstanceOf(PermissionDeniedException.class);
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
    }
}
