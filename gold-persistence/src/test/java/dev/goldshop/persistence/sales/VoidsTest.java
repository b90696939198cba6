package dev.goldshop.persistence.sales;

import static dev.goldshop.persistence.sales.SalesBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.books.Journal;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.Invoices;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.ReturnLine;
import dev.goldshop.core.sales.ReturnRequest;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Voids, in one step and with a second approver (SECURITY.md AZ-05). */
@ExtendWith(PostgresExtension.class)
class VoidsTest {
    private SalesBed bed;

    @BeforeEach
    void start(TestDatabase database) {
        bed = SalesBed.fresh(database);
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void a_void_restocks_reverses_the_postings_and_the_customer_totals_with_one_audit_row() throws Exception {
        UUID asha = bed.customer("Asha");
        Item ring = bed.ring("R-1");
        Item coins = bed.coins("C-1", 5);
        Invoice sale = bed.sale(bed.cashier, asha, NewLine.item(ring.id(), 1, null), NewLine.item(coins.id(), 2, null));
        Set<UUID> audit = bed.auditIds();
        Invoice voided = bed.invoices.voidInvoice(bed.manager.withReason("wrong customer"), sale.id(), sale.version());
        assertThat(bed.auditSince(audit)).containsExactly(List.of("void", "invoice", sale.id().toString(), "success"));
        assertThat(voided.status()).isEqualTo(InvoiceStatus.VOIDED);
        assertThat(voided.voidReason()).isEqualTo("wrong customer");
        assertThat(voided.voidedBy()).isEqualTo(bed.manager.actor().userId());
        assertThat(voided.number()).isEqualTo(sale.number());
        assertThat(bed.strings("SELECT status FROM inventory_items WHERE id = ?", ring.id())).containsExactly("in_stock");
        assertThat(bed.quantityOf(coins.id())).isEqualTo(5);
        List<Journal> reversal = bed.books.journalsFor(bed.owner, "invoice_void", sale.id());
        assertThat(reversal).singleElement().satisfies(j -> assertThat(j.lines()).hasSize(5));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("0.00"));
        for (String account : List.of("1100", "4000", "2100", "5000", "1200")) {
            assertThat(bed.balanceOf(account)).as(account).isEqualTo(usd("0.00"));
        }
        assertThat(bed.number("SELECT lifetime_spend FROM customers WHERE id = ?", asha)).isEqualByComparingTo("0");
        assertThat(bed.number("SELECT purchase_count FROM customers WHERE id = ?", asha)).isEqualByComparingTo("0");
        assertThat(bed.strings("SELECT last_purchase_at::text FROM customers WHERE id = ?", asha)).containsOnlyNulls();
        // the piece's claim is released: it sells again
        assertThat(bed.sale(bed.cashier, null, NewLine.item(ring.id(), 1, null)).number()).isEqualTo("INV-2026-000002");
        bed.assertBooksBalance();
    }

    @Test
    void a_void_needs_a_reason_and_an_issued_sale_without_payments_or_returns() throws Exception {
        Item coins = bed.coins("C-1", 5);
        Invoice paid = bed.sale(bed.cashier, null, NewLine.item(coins.id(), 1, null));
        bed.payments.pay(bed.cashier, PaymentRequest.of(paid.id(), "k1", Tender.cash(usd("10.00"))));
        Invoice returned = bed.sale(bed.cashier, null, NewLine.item(coins.id(), 2, null));
        bed.returns.returnGoods(bed.manager, ReturnRequest.of(returned.id(), null,
                new ReturnLine(returned.lines().get(0).id(), 1)));
        Invoice draft = bed.invoices.createDraft(bed.cashier, null, null);
        Invoice open = bed.sale(bed.cashier, null, NewLine.item(coins.id(), 1, null));
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.invoices.voidInvoice(bed.manager, open.id(), open.version()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> bed.invoices.voidInvoice(bed.manager.withReason(" "), open.id(), open.version()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> bed.invoices.voidInvoice(bed.manager.withReason("x".repeat(501)), open.id(),
                open.version())).isInstanceOf(ValidationException.class).hasMessageContaining("500");
        Invoice paidNow = bed.invoices.get(bed.owner, paid.id()).orElseThrow();
        assertThatThrownBy(() -> bed.invoices.voidInvoice(bed.manager.withReason("r"), paid.id(), paidNow.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("payments");
        Invoice returnedNow = bed.invoices.get(bed.owner, returned.id()).orElseThrow();
        assertThatThrownBy(() -> bed.invoices.voidInvoice(bed.manager.withReason("r"), returned.id(),
                returnedNow.version())).isInstanceOf(BusinessRuleException.class).hasMessageContaining("credit notes");
        assertThatThrownBy(() -> bed.invoices.voidInvoice(bed.manager.withReason("r"), draft.id(), draft.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("discard");
        assertThatThrownBy(() -> bed.invoices.voidInvoice(bed.manager.withReason("r"), open.id(), open.version() - 1))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bed.invoices.voidInvoice(bed.manager.withReason("r"), UUID.randomUUID(), 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();

        Invoice voided = bed.invoices.voidInvoice(bed.manager.withReason("r"), open.id(), open.version());
        assertThatThrownBy(() -> bed.invoices.voidInvoice(bed.manager.withReason("r"), open.id(), voided.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already voided");
        assertThatThrownBy(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(open.id(), "k2",
                Tender.cash(usd("1.00"))))).isInstanceOf(BusinessRuleException.class);
        bed.assertBooksBalance();
    }

    @Test
    void a_requested_void_is_approved_by_another_user_and_never_by_the_one_who_asked() throws Exception {
        Item ring = bed.ring("R-1");
        Invoice sale = bed.sale(bed.cashier, null, NewLine.item(ring.id(), 1, null));
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.invoices.requestVoid(bed.manager, sale.id(), sale.version()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> bed.invoices.approveVoid(bed.otherManager, sale.id(), sale.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("request one first");
        assertThatThrownBy(() -> bed.invoices.requestVoid(bed.manager.withReason("r"), sale.id(), sale.version() + 1))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bed.invoices.requestVoid(bed.manager.withReason("r"), UUID.randomUUID(), 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.invoices.approveVoid(bed.otherManager, UUID.randomUUID(), 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();

        Set<UUID> audit = bed.auditIds();
        Invoice requested = bed.invoices.requestVoid(bed.manager.withReason("customer walked out"), sale.id(),
                sale.version());
        assertThat(bed.auditSince(audit)).containsExactly(List.of("request_void", "invoice", sale.id().toString(),
                "success"));
        assertThat(requested.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(requested.pendingVoid()).hasValueSatisfying(r -> {
            assertThat(r.requestedBy()).isEqualTo(bed.manager.actor().userId());
            assertThat(r.reason()).isEqualTo("customer walked out");
        });

        before = bed.rowCounts();
        audit = bed.auditIds();
        assertThatThrownBy(() -> bed.invoices.approveVoid(bed.manager, sale.id(), requested.version()))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("another user");
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        assertThat(bed.auditSince(audit)).containsExactly(List.of("access_denied", "invoice", sale.id().toString(),
                "denied"));
        assertThatThrownBy(() -> bed.invoices.approveVoid(bed.otherManager, sale.id(), sale.version()))
                .isInstanceOf(ConflictException.class);

        Invoice voided = bed.invoices.approveVoid(bed.otherManager, sale.id(), requested.version());
        assertThat(voided.status()).isEqualTo(InvoiceStatus.VOIDED);
        assertThat(voided.voidedBy()).isEqualTo(bed.otherManager.actor().userId());
        assertThat(voided.voidReason()).isEqualTo("customer walked out");
        assertThat(voided.pendingVoid()).hasValueSatisfying(r ->
                assertThat(r.requestedBy()).isEqualTo(bed.manager.actor().userId()));
        assertThat(bed.strings("SELECT status FROM inventory_items WHERE id = ?", ring.id())).containsExactly("in_stock");
        // the database refuses a self-approved void too
        assertThatThrownBy(() -> bed.number("UPDATE invoices SET voided_by = void_requested_by WHERE id = ? "
                + "RETURNING 1", sale.id())).hasMessageContaining("ck_invoices_void_approver_not_requester");
        bed.assertBooksBalance();
    }

    @Test
    void more_voids_in_a_day_than_the_threshold_raise_one_unusual_activity_alert() throws Exception {
        for (int i = 1; i <= Invoices.VOIDS_PER_DAY_BEFORE_ALERT + 2; i++) {
            Invoice sale = bed.sale(bed.cashier, null, NewLine.fixed("Pin", usd("5.00"), 1, null));
            bed.invoices.voidInvoice(bed.manager.withReason("void " + i), sale.id(), sale.version());
            long alerts = bed.number("SELECT count(*) FROM security_alerts WHERE alert_type = 'unusual_activity'"
                    + " AND additional_data ->> 'kind' = 'many_voids'").longValue();
            assertThat(alerts).as("alerts after void " + i).isEqualTo(i > Invoices.VOIDS_PER_DAY_BEFORE_ALERT ? 1 : 0);
        }
        assertThat(bed.strings("SELECT user_id::text FROM security_alerts"))
                .containsExactly(bed.manager.actor().userId().toString());
    }

    @Test
    void a_sale_of_nothing_is_paid_at_issue_posts_nothing_and_can_still_be_voided() throws Exception {
        Invoice draft = bed.invoices.createDraft(bed.manager, null, null);
        draft = bed.invoices.addLine(bed.manager, draft.id(), NewLine.fixed("Goodwill polish", usd("5.00"), 1,
                usd("5.00")), draft.version());
        Invoice issued = bed.invoices.issue(bed.manager, draft.id(), draft.version());
        assertThat(issued.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(issued.total()).isEqualTo(usd("0.00"));
        assertThat(bed.books.journalsFor(bed.owner, "invoice", issued.id())).isEmpty();
        assertThatThrownBy(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(issued.id(), "k",
                Tender.cash(usd("1.00"))))).isInstanceOf(BusinessRuleException.class);
        Invoice voided = bed.invoices.voidInvoice(bed.manager.withReason("given away"), issued.id(), issued.version());
        assertThat(voided.status()).isEqualTo(InvoiceStatus.VOIDED);
        assertThat(bed.books.journalsFor(bed.owner, "invoice_void", issued.id())).isEmpty();
    }

    @Test
    void a_cashier_may_not_void_and_nothing_but_the_refusal_is_written() throws Exception {
        Invoice sale = bed.sale(bed.cashier, null, NewLine.fixed("Pin", usd("5.00"), 1, null));
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.invoices.voidInvoice(bed.cashier.withReason("oops"), sale.id(), sale.version()))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("invoice:void");
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        assertThat(bed.payments.forInvoice(bed.owner, sale.id())).isEmpty();
    }
}
