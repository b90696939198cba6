package dev.goldshop.persistence.sales;

import static dev.goldshop.persistence.sales.SalesBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceLine;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.InvoiceType;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.ReturnLine;
import dev.goldshop.core.sales.ReturnReceipt;
import dev.goldshop.core.sales.ReturnRequest;
import dev.goldshop.core.sales.Returns;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.value.Money;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Returns through credit notes: shares of the lines, settlement, refunds, restocking. */
@ExtendWith(PostgresExtension.class)
class ReturnsTest {
    private SalesBed bed;

    @BeforeEach
    void start(TestDatabase database) {
        bed = SalesBed.fresh(database);
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    /**
     * Three coins, 10.00 discount: gross 204.00, subtotal 194.00, tax 5.82, total 199.82. Returned
     * one at a time, the subtotal's shares are 64.67, 64.66, 64.67 (running total rounded: 64.67,
     * 129.33, 194.00), the tax's 1.94 each, and the discount's what is left of 68.00 each.
     */
    @Test
    void returns_one_unit_at_a_time_add_up_to_the_line_exactly_and_end_the_sale_as_returned() throws Exception {
        UUID asha = bed.customer("Asha");
        Item coins = bed.coins("C-1", 3);
        Invoice sale = bed.sale(bed.cashier, asha, NewLine.item(coins.id(), 3, usd("10.00")));
        InvoiceLine sold = sale.lines().get(0);
        assertThat(sold.lineTotal()).isEqualTo(usd("199.82"));
        bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "all", Tender.card(usd("199.82"), null)));

        List<Invoice> notes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Set<UUID> audit = bed.auditIds();
            ReturnReceipt back = bed.returns.returnGoods(bed.manager, ReturnRequest.of(sale.id(), PaymentMethod.CARD,
                    new ReturnLine(sold.id(), 1)));
            assertThat(bed.auditSince(audit)).containsExactly(List.of("create", "credit_note",
                    back.creditNote().id().toString(), "success"));
            assertThat(back.refunded()).isEqualTo(back.creditNote().total());
            notes.add(back.creditNote());
        }
        assertThat(notes).extracting(n -> n.lines().get(0).subtotal().amount().toPlainString())
                .containsExactly("64.67", "64.66", "64.67");
        assertThat(notes).extracting(n -> n.lines().get(0).discount().amount().toPlainString())
                .containsExactly("3.33", "3.34", "3.33");
        assertThat(notes).extracting(Invoice::number)
                .containsExactly("CN-2026-000001", "CN-2026-000002", "CN-2026-000003");
        assertThat(notes).allSatisfy(n -> {
            assertThat(n.type()).isEqualTo(InvoiceType.CREDIT_NOTE);
            assertThat(n.originalInvoiceId()).isEqualTo(sale.id());
            assertThat(n.balanceDue()).isEqualTo(usd("0.00"));
            assertThat(n.lines().get(0).originalLineId()).isEqualTo(sold.id());
        });
        for (Function<InvoiceLine, Money> amount : List.<Function<InvoiceLine, Money>>of(InvoiceLine::metalValue,
                InvoiceLine::makingCharge, InvoiceLine::discount, InvoiceLine::subtotal, InvoiceLine::taxAmount,
                InvoiceLine::lineTotal)) {
            Money sum = usd("0.00");
            for (Invoice note : notes) {
                sum = sum.plus(amount.apply(note.lines().get(0)));
            }
            assertThat(sum).isEqualTo(amount.apply(sold));
        }
        Invoice after = bed.invoices.get(bed.owner, sale.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(InvoiceStatus.RETURNED);
        assertThat(after.balanceDue()).isEqualTo(usd("0.00"));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("0.00"));
        assertThat(bed.balanceOf("1010")).isEqualTo(usd("0.00"));
        for (String account : List.of("4000", "2100", "5000", "1200")) {
            assertThat(bed.balanceOf(account)).as(account).isEqualTo(usd("0.00"));
        }
        assertThat(bed.quantityOf(coins.id())).isEqualTo(3);
        assertThat(bed.number("SELECT lifetime_spend FROM customers WHERE id = ?", asha)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> bed.returns.returnGoods(bed.manager, ReturnRequest.of(sale.id(), PaymentMethod.CARD,
                new ReturnLine(sold.id(), 1)))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("returned in full");
        bed.assertBooksBalance();
    }

    @Test
    void a_return_first_settles_what_is_still_owed_and_refunds_only_the_rest() throws Exception {
        Item ring = bed.ring("R-1");
        Item coins = bed.coins("C-1", 5);
        Invoice sale = bed.sale(bed.cashier, null, NewLine.item(ring.id(), 1, null), NewLine.item(coins.id(), 2, null));
        ReturnReceipt coin = bed.returns.returnGoods(bed.manager, ReturnRequest.of(sale.id(), null,
                new ReturnLine(sale.lines().get(1).id(), 1)));
        assertThat(coin.appliedToBalance()).isEqualTo(usd("70.04"));
        assertThat(coin.refunded()).isEqualTo(usd("0.00"));
        assertThat(coin.refund()).isEmpty();
        assertThat(coin.original().status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(coin.original().amountCredited()).isEqualTo(usd("70.04"));
        assertThat(coin.original().balanceDue()).isEqualTo(usd("772.50"));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("772.50"));

        bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "p", Tender.cash(usd("730.00"))));
        ReturnReceipt ring2 = bed.returns.returnGoods(bed.manager, new ReturnRequest(sale.id(),
                List.of(new ReturnLine(sale.lines().get(0).id(), 1)), PaymentMethod.BANK_TRANSFER, "TRF-22"));
        assertThat(ring2.appliedToBalance()).isEqualTo(usd("42.50"));
        assertThat(ring2.refunded()).isEqualTo(usd("659.96"));
        assertThat(ring2.refund()).hasValueSatisfying(r -> {
            assertThat(r.method()).isEqualTo(PaymentMethod.BANK_TRANSFER);
            assertThat(r.reference()).isEqualTo("TRF-22");
            assertThat(r.invoiceId()).isEqualTo(ring2.creditNote().id());
        });
        assertThat(ring2.creditNote().amountPaid()).isEqualTo(usd("659.96"));
        assertThat(ring2.creditNote().amountCredited()).isEqualTo(usd("42.50"));
        assertThat(ring2.original().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(ring2.original().balanceDue()).isEqualTo(usd("0.00"));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("0.00"));
        assertThat(bed.balanceOf("1020")).isEqualTo(usd("-659.96"));
        assertThat(bed.strings("SELECT status FROM inventory_items WHERE id = ?", ring.id())).containsExactly("in_stock");
        assertThat(bed.sale(bed.cashier, null, NewLine.item(ring.id(), 1, null)).status())
                .isEqualTo(InvoiceStatus.ISSUED);
        bed.assertBooksBalance();
    }

    @Test
    void a_refund_to_store_credit_raises_the_customer_balance() throws Exception {
        UUID asha = bed.customer("Asha");
        Item ring = bed.ring("R-1");
        Invoice sale = bed.sale(bed.cashier, asha, NewLine.item(ring.id(), 1, null));
        bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "p", Tender.cash(usd("702.46"))));
        ReturnReceipt back = bed.returns.returnGoods(bed.manager, ReturnRequest.of(sale.id(),
                PaymentMethod.STORE_CREDIT, new ReturnLine(sale.lines().get(0).id(), 1)));
        assertThat(back.refunded()).isEqualTo(usd("702.46"));
        assertThat(bed.payments.storeCreditBalance(bed.owner, asha)).isEqualTo(usd("702.46"));
        assertThat(bed.balanceOf("2210")).isEqualTo(usd("-702.46"));
        assertThat(bed.balanceOf("1000")).isEqualTo(usd("702.46"));
        assertThat(back.original().status()).isEqualTo(InvoiceStatus.RETURNED);
        bed.assertBooksBalance();
    }

    @Test
    void bad_return_requests_are_refused_naming_the_field_and_nothing_is_written() throws Exception {
        Item coins = bed.coins("C-1", 5);
        Invoice sale = bed.sale(bed.cashier, null, NewLine.item(coins.id(), 2, null));
        Invoice other = bed.sale(bed.cashier, null, NewLine.item(coins.id(), 1, null));
        bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "p", Tender.cash(usd("140.08"))));
        UUID line = sale.lines().get(0).id();
        Map<String, Long> before = bed.rowCounts();
        assertFields(() -> bed.returns.returnGoods(bed.manager, null), "request");
        assertFields(() -> bed.returns.returnGoods(bed.manager, new ReturnRequest(null, List.of(), null, null)),
                "invoiceId", "lines");
        assertFields(() -> bed.returns.returnGoods(bed.manager.withReason("r".repeat(2001)), new ReturnRequest(sale.id(),
                Arrays.asList(new ReturnLine(line, 0), null, new ReturnLine(null, 1), new ReturnLine(line, 1)),
                PaymentMethod.OLD_GOLD, "x".repeat(101))), "lines[0].quantity", "lines[1]", "lines[2].lineId",
                "lines[3].lineId", "refundMethod", "refundReference", "reason");
        assertFields(() -> bed.returns.returnGoods(bed.manager, ReturnRequest.of(sale.id(), PaymentMethod.CASH,
                new ReturnLine(line, 3))), "lines[0].quantity");
        assertFields(() -> bed.returns.returnGoods(bed.manager, ReturnRequest.of(sale.id(), PaymentMethod.CASH,
                new ReturnLine(other.lines().get(0).id(), 1))), "lines[0].lineId");
        assertFields(() -> bed.returns.returnGoods(bed.manager, ReturnRequest.of(sale.id(), null,
                new ReturnLine(line, 1))), "refundMethod");
        assertFields(() -> bed.returns.returnGoods(bed.manager, ReturnRequest.of(sale.id(), PaymentMethod.STORE_CREDIT,
                new ReturnLine(line, 1))), "refundMethod");
        assertThatThrownBy(() -> bed.returns.returnGoods(bed.manager, ReturnRequest.of(UUID.randomUUID(),
                PaymentMethod.CASH, new ReturnLine(line, 1)))).isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void only_an_issued_sale_takes_returns() throws Exception {
        Item coins = bed.coins("C-1", 5);
        Invoice draft = bed.invoices.createDraft(bed.cashier, null, null);
        draft = bed.invoices.addLine(bed.cashier, draft.id(), NewLine.item(coins.id(), 1, null), draft.version());
        Invoice voided = bed.sale(bed.cashier, null, NewLine.item(coins.id(), 1, null));
        bed.invoices.voidInvoice(bed.manager.withReason("r"), voided.id(), voided.version());
        Invoice sale = bed.sale(bed.cashier, null, NewLine.item(coins.id(), 2, null));
        ReturnReceipt back = bed.returns.returnGoods(bed.manager, ReturnRequest.of(sale.id(), null,
                new ReturnLine(sale.lines().get(0).id(), 1)));
        Invoice note = back.creditNote();
        UUID draftLine = draft.lines().get(0).id();
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.returns.returnGoods(bed.manager, ReturnRequest.of(voided.id(), null,
                new ReturnLine(voided.lines().get(0).id(), 1)))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("voided");
        UUID draftId = draft.id();
        assertThatThrownBy(() -> bed.returns.returnGoods(bed.manager, ReturnRequest.of(draftId, null,
                new ReturnLine(draftLine, 1)))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("draft");
        assertThatThrownBy(() -> bed.returns.returnGoods(bed.manager, ReturnRequest.of(note.id(), null,
                new ReturnLine(note.lines().get(0).id(), 1)))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("credit note");
        assertThatThrownBy(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(note.id(), "k",
                Tender.cash(usd("1.00"))))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("credit note");
        assertThatThrownBy(() -> bed.invoices.voidInvoice(bed.manager.withReason("r"), note.id(), note.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("credit note");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void a_cashier_may_not_take_returns_and_nothing_but_the_refusal_is_written() throws Exception {
        Invoice sale = bed.sale(bed.cashier, null, NewLine.fixed("Pin", usd("5.00"), 1, null));
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.returns.returnGoods(bed.cashier, ReturnRequest.of(sale.id(), null,
                new ReturnLine(sale.lines().get(0).id(), 1)))).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("invoice:return");
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
    }

    @Test
    void more_returns_in_a_day_than_the_threshold_raise_one_unusual_activity_alert() throws Exception {
        Invoice sale = bed.sale(bed.cashier, null, NewLine.fixed("Pin", usd("5.00"), 10, null));
        for (int i = 1; i <= Returns.RETURNS_PER_DAY_BEFORE_ALERT + 2; i++) {
            bed.returns.returnGoods(bed.manager, ReturnRequest.of(sale.id(), null,
                    new ReturnLine(sale.lines().get(0).id(), 1)));
            assertThat(bed.number("SELECT count(*) FROM security_alerts WHERE additional_data ->> 'kind' = "
                    + "'many_returns'").longValue()).as("after return " + i)
                    .isEqualTo(i > Returns.RETURNS_PER_DAY_BEFORE_ALERT ? 1 : 0);
        }
        bed.assertBooksBalance();
    }

    private static void assertFields(ThrowingCallable call, String... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields));
    }
}
