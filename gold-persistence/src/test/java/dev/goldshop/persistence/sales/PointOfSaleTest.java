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
    void a_sale_is_rung_up_and_paid_in_one_call_with_the_audit_rows_of_its_steps() throws Exception {
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
                .hasSize(5).allMatch(a -> a.endsWith(":success"));
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
