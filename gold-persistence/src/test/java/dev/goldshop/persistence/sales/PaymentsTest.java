package dev.goldshop.persistence.sales;

import static dev.goldshop.persistence.sales.SalesBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.sales.Overpayment;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.PaymentReceipt;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.StoreCreditEntry;
import dev.goldshop.core.sales.StoreCreditReason;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Payments: split tender, change and store credit, old gold, idempotency keys. */
@ExtendWith(PostgresExtension.class)
class PaymentsTest {
    private SalesBed bed;

    @BeforeEach
    void start(TestDatabase database) {
        bed = SalesBed.fresh(database);
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    private Invoice ringSale(UUID customer) {
        return bed.sale(bed.cashier, customer, NewLine.item(bed.ring("R-" + UUID.randomUUID()).id(), 1, null));
    }

    @Test
    void a_sale_is_paid_in_parts_by_several_calls_each_posted_per_tender() throws Exception {
        Invoice sale = ringSale(null);
        Set<UUID> audit = bed.auditIds();
        PaymentReceipt first = bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "part-1",
                Tender.card(usd("300.00"), "SLIP-9")));
        assertThat(bed.auditSince(audit)).containsExactly(List.of("pay", "invoice", sale.id().toString(), "success"));
        assertThat(first.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(first.balanceDue()).isEqualTo(usd("402.46"));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("402.46"));
        PaymentReceipt second = bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "part-2",
                Tender.bankTransfer(usd("200.00"), "TRF-1"), Tender.cheque(usd("202.46"), "CHQ-7")));
        assertThat(second.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(second.balanceDue()).isEqualTo(usd("0.00"));
    }

    @Test
    void the_payments_of_a_sale_are_listed_and_each_posted_to_its_account() throws Exception {
        Invoice sale = ringSale(null);
        bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "part-1", Tender.card(usd("300.00"), "SLIP-9")));
        bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "part-2", Tender.bankTransfer(usd("200.00"), "T"),
                Tender.cheque(usd("202.46"), "CHQ-7")));
        assertThat(bed.payments.forInvoice(bed.owner, sale.id())).extracting(p -> p.method() + " " + p.amount().amount()
                + " " + p.reference()).containsExactly("CARD 300.00 SLIP-9", "BANK_TRANSFER 200.00 T",
                        "CHEQUE 202.46 CHQ-7");
        assertThat(bed.balanceOf("1010")).isEqualTo(usd("300.00"));
        assertThat(bed.balanceOf("1020")).isEqualTo(usd("200.00"));
        assertThat(bed.balanceOf("1030")).isEqualTo(usd("202.46"));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("0.00"));
        assertThat(bed.number("SELECT amount_paid FROM invoices WHERE id = ?", sale.id()))
                .isEqualByComparingTo("702.46");
        assertThatThrownBy(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "part-3",
                Tender.cash(usd("1.00"))))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("paid");
        assertThatThrownBy(() -> bed.payments.forInvoice(bed.owner, UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
        bed.assertBooksBalance();
    }

    @Test
    void a_walk_in_overpaying_gets_change_in_cash_and_says_so_on_the_receipt() throws Exception {
        Invoice sale = ringSale(null);
        PaymentReceipt receipt = bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "walk-in",
                Tender.cash(usd("800.00"))));
        assertThat(receipt.hasChange()).isTrue();
        assertThat(receipt.changeDue()).isEqualTo(usd("97.54"));
        assertThat(receipt.storeCreditAdded()).isEqualTo(usd("0.00"));
        assertThat(receipt.payments()).extracting(p -> p.kind() + " " + p.method() + " " + p.amount().amount())
                .containsExactly("PAYMENT CASH 800.00", "REFUND CASH 97.54");
        assertThat(bed.balanceOf("1000")).isEqualTo(usd("702.46"));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("0.00"));
        assertThat(bed.number("SELECT count(*) FROM customer_store_credit")).isZero();
        bed.assertBooksBalance();
    }

    @Test
    void a_registered_customer_may_take_change_instead_of_store_credit() throws Exception {
        UUID asha = bed.customer("Asha");
        Invoice sale = ringSale(asha);
        PaymentReceipt receipt = bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "k",
                Tender.cash(usd("710.00"))).withOverpayment(Overpayment.CHANGE));
        assertThat(receipt.changeDue()).isEqualTo(usd("7.54"));
        assertThat(bed.payments.storeCreditBalance(bed.owner, asha)).isEqualTo(usd("0.00"));
        assertThat(bed.balanceOf("1000")).isEqualTo(usd("702.46"));
    }

    @Test
    void store_credit_pays_for_a_sale_and_never_goes_below_zero() throws Exception {
        UUID asha = bed.customer("Asha");
        Invoice first = ringSale(asha);
        PaymentReceipt overpaid = bed.payments.pay(bed.cashier, PaymentRequest.of(first.id(), "k1",
                Tender.cash(usd("750.00"))));
        assertThat(overpaid.storeCreditAdded()).isEqualTo(usd("47.54"));
        assertThat(bed.payments.storeCreditBalance(bed.owner, asha)).isEqualTo(usd("47.54"));

        Invoice second = ringSale(asha);
        PaymentReceipt used = bed.payments.pay(bed.cashier, PaymentRequest.of(second.id(), "k2",
                Tender.storeCredit(usd("40.00")), Tender.card(usd("100.00"), null)));
        assertThat(used.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(bed.payments.storeCreditBalance(bed.owner, asha)).isEqualTo(usd("7.54"));
        assertThat(bed.balanceOf("2210")).isEqualTo(usd("-7.54"));

        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(second.id(), "k3",
                Tender.storeCredit(usd("7.55"))))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Insufficient store credit").hasMessageContaining("7.54");
        assertThat(bed.changedSince(before)).isEmpty();

        Page<StoreCreditEntry> first2 = bed.payments.storeCreditHistory(bed.owner, asha, PageRequest.first(1));
        assertThat(first2.items()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(StoreCreditReason.REDEMPTION);
            assertThat(e.amount()).isEqualTo(usd("-40.00"));
            assertThat(e.balanceAfter()).isEqualTo(usd("7.54"));
        });
        Page<StoreCreditEntry> rest = bed.payments.storeCreditHistory(bed.owner, asha,
                PageRequest.after(first2.nextCursor().orElseThrow(), 5));
        assertThat(rest.items()).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo(StoreCreditReason.OVERPAYMENT));
        assertThat(rest.hasNext()).isFalse();
        assertThatThrownBy(() -> bed.payments.storeCreditHistory(bed.owner, asha, PageRequest.after("nope", 5)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> bed.payments.storeCreditBalance(bed.owner, UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
        bed.assertBooksBalance();
    }

    @Test
    void two_payments_racing_for_the_same_store_credit_never_take_it_below_zero() throws Exception {
        UUID asha = bed.customer("Asha");
        Invoice seed = ringSale(asha);
        bed.payments.pay(bed.cashier, PaymentRequest.of(seed.id(), "seed", Tender.cash(usd("802.46"))));
        assertThat(bed.payments.storeCreditBalance(bed.owner, asha)).isEqualTo(usd("100.00"));
        List<Invoice> sales = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sales.add(bed.sale(bed.cashier, asha, NewLine.fixed("Pin", usd("40.00"), 1, null)));
        }
        List<Object> outcomes = race(10, i -> bed.payments.pay(bed.cashier, PaymentRequest.of(sales.get(i).id(),
                "race-" + i, Tender.storeCredit(usd("30.00")))));
        long paid = outcomes.stream().filter(o -> o instanceof PaymentReceipt).count();
        assertThat(paid).isEqualTo(3);
        assertThat(outcomes).filteredOn(o -> !(o instanceof PaymentReceipt))
                .allSatisfy(o -> assertThat(o).isInstanceOf(BusinessRuleException.class));
        assertThat(bed.payments.storeCreditBalance(bed.owner, asha)).isEqualTo(usd("10.00"));
        assertThat(bed.number("SELECT sum(amount) FROM store_credit_entries WHERE customer_id = ?", asha))
                .isEqualByComparingTo("10.00");
        bed.assertBooksBalance();
    }

    @Test
    void a_retried_payment_returns_the_original_receipt_and_changes_nothing() throws Exception {
        Invoice sale = ringSale(null);
        PaymentRequest request = PaymentRequest.of(sale.id(), "retry-me", Tender.cash(usd("100.00")),
                Tender.oldGold(MetalType.GOLD, Purity.ofFineness(750), Weight.ofGrams("2.000"), new BigDecimal("5")));
        PaymentReceipt original = bed.payments.pay(bed.cashier, request);
        Invoice other = ringSale(null);
        Map<String, Long> before = bed.rowCounts();
        PaymentReceipt again = bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "retry-me",
                Tender.cash(usd("100.0")), Tender.oldGold(MetalType.GOLD, Purity.ofFineness(750),
                        Weight.ofGrams("2"), new BigDecimal("5.00"))));
        assertThat(again).isEqualTo(original);
        assertThatThrownBy(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "retry-me",
                Tender.cash(usd("100.01"))))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_MISMATCH));
        assertThatThrownBy(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(other.id(), "retry-me",
                Tender.cash(usd("100.00")), Tender.oldGold(MetalType.GOLD, Purity.ofFineness(750),
                        Weight.ofGrams("2.000"), new BigDecimal("5"))))).isInstanceOf(ConflictException.class);
        assertThat(bed.changedSince(before)).isEmpty();
        // 2.000 g of 18K: fine 60.0000 x 0.750 = 45.0000; gross 90.00, loss 5% = 4.50, value 85.50
        assertThat(original.payments().get(1).oldGold()).hasValueSatisfying(g -> {
            assertThat(g.buyRate()).isEqualByComparingTo("45");
            assertThat(g.value()).isEqualTo(usd("85.50"));
        });
        assertThat(original.balanceDue()).isEqualTo(usd("516.96"));
    }

    @Test
    void ten_threads_retrying_one_key_record_one_payment() throws Exception {
        Invoice sale = ringSale(null);
        PaymentRequest request = PaymentRequest.of(sale.id(), "same-key", Tender.card(usd("250.00"), "S"));
        List<Object> outcomes = race(10, i -> bed.payments.pay(bed.cashier, request));
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(PaymentReceipt.class));
        assertThat(outcomes.stream().distinct()).hasSize(1);
        assertThat(bed.number("SELECT count(*) FROM payments WHERE invoice_id = ?", sale.id())).isEqualByComparingTo("1");
        assertThat(bed.number("SELECT amount_paid FROM invoices WHERE id = ?", sale.id())).isEqualByComparingTo("250");
        assertThat(bed.number("SELECT count(*) FROM audit_logs WHERE action_type = 'pay'")).isEqualByComparingTo("1");
        bed.assertBooksBalance();
    }

    @Test
    void bad_payment_requests_are_refused_naming_the_field_and_nothing_is_written() throws Exception {
        UUID asha = bed.customer("Asha");
        Invoice walkIn = ringSale(null);
        Invoice registered = ringSale(asha);
        UUID id = walkIn.id();
        Money euros = Money.of(new BigDecimal("5.00"), Currency.getInstance("EUR"));
        Map<String, Long> before = bed.rowCounts();
        assertFields(() -> bed.payments.pay(bed.cashier, null), "request");
        assertFields(() -> bed.payments.pay(bed.cashier, new PaymentRequest(null, List.of(), "bad key!", null)),
                "invoiceId", "idempotencyKey", "tenders");
        assertFields(() -> bed.payments.pay(bed.cashier, new PaymentRequest(id, Arrays.asList(
                Tender.cash(usd("0.00")), null, new Tender(null, usd("1.00"), null, null, null, null, null),
                Tender.card(euros, "r".repeat(101)),
                new Tender(PaymentMethod.CASH, usd("1.00"), null, MetalType.GOLD, null, null, null),
                new Tender(PaymentMethod.OLD_GOLD, usd("1.00"), null, null, null, Weight.ZERO, new BigDecimal("100"))),
                "k", null)), "tenders[0].amount", "tenders[1]", "tenders[2].method", "tenders[3].reference",
                "tenders[3].amount", "tenders[4]", "tenders[5].amount", "tenders[5].metal", "tenders[5].purity",
                "tenders[5].weight", "tenders[5].meltingLossPercent");
        assertFields(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(id, "k", Tender.storeCredit(usd("1.00")))),
                "tenders[0].method");
        assertFields(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(id, "k", Tender.cash(usd("1.00")))
                .withOverpayment(Overpayment.STORE_CREDIT)), "overpayment");
        assertFields(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(registered.id(), "k",
                Tender.storeCredit(usd("702.47")))), "tenders");
        assertFields(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(id, "k", Tender.oldGold(MetalType.GOLD,
                Purity.ofFineness(916), Weight.ofGrams("0.001"), new BigDecimal("99.99")))), "tenders[0].weight");
        assertThatThrownBy(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(id, "k", Tender.oldGold(
                MetalType.SILVER, Purity.ofFineness(925), Weight.ofGrams("10"), null))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("No buy rate");
        assertThatThrownBy(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(UUID.randomUUID(), "k",
                Tender.cash(usd("1.00"))))).isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void only_an_issued_sale_with_something_left_to_pay_takes_payments() throws Exception {
        Invoice draft = bed.invoices.createDraft(bed.cashier, null, null);
        Invoice sale = ringSale(null);
        bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "all", Tender.cash(usd("702.46"))));
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(draft.id(), "k",
                Tender.cash(usd("1.00"))))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("draft");
        assertThatThrownBy(() -> bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "k",
                Tender.cash(usd("1.00"))))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("paid");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void every_method_refuses_without_its_permission_leaving_only_the_refusal_audit_row() throws Exception {
        UUID asha = bed.customer("Asha");
        Invoice sale = ringSale(asha);
        List<ThrowingCallable> calls = List.of(
                () -> bed.payments.pay(bed.nobody, PaymentRequest.of(sale.id(), "k", Tender.cash(usd("1.00")))),
                () -> bed.payments.forInvoice(bed.nobody, sale.id()),
                () -> bed.payments.storeCreditBalance(bed.nobody, asha),
                () -> bed.payments.storeCreditHistory(bed.nobody, asha, PageRequest.first()));
        for (ThrowingCallable call : calls) {
            Map<String, Long> before = bed.rowCounts();
            assertThatThrownBy(call).isInstanceOf(PermissionDeniedException.class);
            assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        }
    }

    private static void assertFields(ThrowingCallable call, String... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields));
    }

    /** Runs n calls at once (released together) and returns each one's result or exception. */
    static List<Object> race(int n, java.util.function.IntFunction<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    try {
                        return call.apply(index);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
