package dev.goldshop.persistence.sales;

import static dev.goldshop.persistence.sales.SalesBed.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.books.Journal;
import dev.goldshop.core.books.JournalLine;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceLine;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.sales.OldGoldValuation;
import dev.goldshop.core.sales.PaymentKind;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.PaymentReceipt;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.ReturnLine;
import dev.goldshop.core.sales.ReturnReceipt;
import dev.goldshop.core.sales.ReturnRequest;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.sales.ZReport;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A full sale worked by hand, checked to the cent: a 22K ring and two fine-gold coins, paid with
 * old gold, a card and cash (split tender, overpaid into store credit), then one coin returned
 * for cash; with every journal and the Z report.
 *
 * <pre>
 * Ring, 22K (916) at 60.0000/g, net 10.000 g:
 *   metal 10.000 x 60 = 600.00; wastage 2% = 12.00; making 10.000 x 5.00 = 50.00; stones 20.00
 *   subtotal 682.00; tax 3% = 20.46; total 702.46
 * Coins, 2 x fine (999) at 65.0000/g, 1.000 g, making 3.00 a piece:
 *   metal 2 x 65.00 = 130.00; making 2 x 3.00 = 6.00; subtotal 136.00; tax 3% = 4.08; total 140.08
 * Invoice: subtotal 818.00, tax 24.54, total 842.54; cost 450.00 + 2 x 58.00 = 566.00
 *
 * Old gold 5.000 g tested 875: buy rate derived from fine 60.0000 x 0.875 = 52.5000
 *   gross 262.50; melting loss 2% = 5.25; value 257.25
 * Tendered 257.25 + card 300.00 + cash 300.00 = 857.25; applied 842.54; store credit 14.71
 *
 * Return 1 coin: metal 65.00, making 3.00, subtotal 68.00, tax 2.04, total 70.04, cost 58.00;
 *   nothing is owed on the sale, so all 70.04 is refunded in cash.
 * </pre>
 */
@ExtendWith(PostgresExtension.class)
class SalesWorkedExampleTest {
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
    void a_split_tender_sale_with_old_gold_and_a_return_is_right_to_the_cent() throws Exception {
        UUID asha = bed.customer("Asha");
        Item ring = bed.ring("R-1");
        Item coins = bed.coins("C-1", 10);

        Invoice draft = bed.invoices.createDraft(bed.cashier, asha, "anniversary");
        draft = bed.invoices.addLine(bed.cashier, draft.id(), NewLine.item(ring.id(), 1, null), draft.version());
        draft = bed.invoices.addLine(bed.cashier, draft.id(), NewLine.item(coins.id(), 2, null), draft.version());
        assertThat(draft.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(draft.total()).isEqualTo(usd("842.54"));

        Invoice sale = bed.invoices.issue(bed.cashier, draft.id(), draft.version());
        assertThat(sale.number()).isEqualTo("INV-2026-000001");
        assertThat(sale.status()).isEqualTo(InvoiceStatus.ISSUED);
        InvoiceLine ringLine = sale.lines().get(0);
        assertThat(ringLine.metalValue()).isEqualTo(usd("600.00"));
        assertThat(ringLine.wastageValue()).isEqualTo(usd("12.00"));
        assertThat(ringLine.makingCharge()).isEqualTo(usd("50.00"));
        assertThat(ringLine.stoneValue()).isEqualTo(usd("20.00"));
        assertThat(ringLine.subtotal()).isEqualTo(usd("682.00"));
        assertThat(ringLine.taxAmount()).isEqualTo(usd("20.46"));
        assertThat(ringLine.lineTotal()).isEqualTo(usd("702.46"));
        assertThat(ringLine.ratePerGram()).isEqualByComparingTo("60");
        InvoiceLine coinLine = sale.lines().get(1);
        assertThat(coinLine.metalValue()).isEqualTo(usd("130.00"));
        assertThat(coinLine.makingCharge()).isEqualTo(usd("6.00"));
        assertThat(coinLine.lineTotal()).isEqualTo(usd("140.08"));
        assertThat(sale.subtotal()).isEqualTo(usd("818.00"));
        assertThat(sale.taxTotal()).isEqualTo(usd("24.54"));
        assertThat(sale.total()).isEqualTo(usd("842.54"));
        assertThat(sale.rates()).extracting(r -> r.purity().fineness().toPlainString()).containsExactly("999", "916");
        assertThat(lines(bed.books.journalsFor(bed.owner, "invoice", sale.id()))).containsExactlyInAnyOrder(
                "1100 Dr 842.54", "4000 Cr 818.00", "2100 Cr 24.54", "5000 Dr 566.00", "1200 Cr 566.00");
        assertThat(bed.quantityOf(coins.id())).isEqualTo(8);

        PaymentReceipt receipt = bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "pay-1",
                Tender.oldGold(MetalType.GOLD, Purity.ofFineness(875), Weight.ofGrams("5.000"), null),
                Tender.card(usd("300.00"), "A1"), Tender.cash(usd("300.00"))));
        OldGoldValuation gold = receipt.payments().get(0).oldGold().orElseThrow();
        assertThat(gold.buyRate()).isEqualByComparingTo("52.5");
        assertThat(gold.grossValue()).isEqualTo(usd("262.50"));
        assertThat(gold.meltingLoss()).isEqualTo(usd("5.25"));
        assertThat(gold.value()).isEqualTo(usd("257.25"));
        assertThat(receipt.tendered()).isEqualTo(usd("857.25"));
        assertThat(receipt.applied()).isEqualTo(usd("842.54"));
        assertThat(receipt.storeCreditAdded()).isEqualTo(usd("14.71"));
        assertThat(receipt.changeDue()).isEqualTo(usd("0.00"));
        assertThat(receipt.balanceDue()).isEqualTo(usd("0.00"));
        assertThat(receipt.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(receipt.payments()).extracting(p -> p.kind() + " " + p.method() + " " + p.amount().amount())
                .containsExactly("PAYMENT OLD_GOLD 257.25", "PAYMENT CARD 300.00", "PAYMENT CASH 300.00",
                        "REFUND STORE_CREDIT 14.71");
        assertThat(bed.payments.storeCreditBalance(bed.owner, asha)).isEqualTo(usd("14.71"));
        assertThat(bed.balanceOf("1210")).isEqualTo(usd("257.25"));
        assertThat(bed.balanceOf("1010")).isEqualTo(usd("300.00"));
        assertThat(bed.balanceOf("2210")).isEqualTo(usd("-14.71"));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("0.00"));
        assertThat(bed.number("SELECT net_weight FROM inventory_items WHERE item_kind = 'scrap' AND purity = 875"))
                .isEqualByComparingTo("5.000");

        bed.clock.advance(Duration.ofMinutes(30));
        ReturnReceipt back = bed.returns.returnGoods(bed.manager.withReason("changed her mind"),
                ReturnRequest.of(sale.id(), PaymentMethod.CASH, new ReturnLine(coinLine.id(), 1)));
        Invoice note = back.creditNote();
        assertThat(note.number()).isEqualTo("CN-2026-000001");
        assertThat(note.lines().get(0).metalValue()).isEqualTo(usd("65.00"));
        assertThat(note.lines().get(0).makingCharge()).isEqualTo(usd("3.00"));
        assertThat(note.lines().get(0).taxAmount()).isEqualTo(usd("2.04"));
        assertThat(note.total()).isEqualTo(usd("70.04"));
        assertThat(back.appliedToBalance()).isEqualTo(usd("0.00"));
        assertThat(back.refunded()).isEqualTo(usd("70.04"));
        assertThat(back.refund().orElseThrow().kind()).isEqualTo(PaymentKind.REFUND);
        assertThat(back.original().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(back.original().line(coinLine.id()).orElseThrow().returnedQuantity()).isEqualTo(1);
        assertThat(lines(bed.books.journalsFor(bed.owner, "credit_note", note.id()))).containsExactlyInAnyOrder(
                "4000 Dr 68.00", "2100 Dr 2.04", "1100 Cr 70.04", "1200 Dr 58.00", "5000 Cr 58.00");
        assertThat(bed.balanceOf("1000")).isEqualTo(usd("229.96"));
        assertThat(bed.receivableOf(sale.id())).isEqualTo(usd("0.00"));
        assertThat(bed.quantityOf(coins.id())).isEqualTo(9);
        assertThat(bed.number("SELECT lifetime_spend FROM customers WHERE id = ?", asha)).isEqualByComparingTo("772.50");

        ZReport z = bed.reports.zReport(bed.owner, bed.today());
        assertThat(z.invoiceCount()).isEqualTo(1);
        assertThat(z.creditNoteCount()).isEqualTo(1);
        assertThat(z.grossSales()).isEqualTo(usd("842.54"));
        assertThat(z.returns()).isEqualTo(usd("70.04"));
        assertThat(z.netSales()).isEqualTo(usd("772.50"));
        assertThat(z.netSalesExcludingTax()).isEqualTo(usd("750.00"));
        assertThat(z.tax()).isEqualTo(usd("22.50"));
        assertThat(z.discounts()).isEqualTo(usd("0.00"));
        assertThat(z.averageTicket()).isEqualTo(usd("842.54"));
        assertThat(z.takings()).extracting(t -> t.method() + " " + t.received().amount() + " "
                + t.refunded().amount() + " " + t.net().amount()).containsExactly(
                        "CASH 300.00 70.04 229.96", "CARD 300.00 0.00 300.00", "OLD_GOLD 257.25 0.00 257.25",
                        "STORE_CREDIT 0.00 14.71 -14.71");
        assertThat(z.totalTakings()).isEqualTo(usd("772.50"));
        assertThat(z.oldGold()).singleElement().satisfies(g -> {
            assertThat(g.purity()).isEqualTo(Purity.ofFineness(875));
            assertThat(g.weight()).isEqualTo(Weight.ofGrams("5.000"));
            assertThat(g.value()).isEqualTo(usd("257.25"));
        });
        assertThat(z.grams()).extracting(g -> g.purity().fineness().toPlainString() + " " + g.sold().grams() + " "
                + g.returned().grams() + " " + g.netGrams()).containsExactly("999 2.000 1.000 1.000",
                        "916 10.000 0.000 10.000");
        bed.assertBooksBalance();
    }

    private static List<String> lines(List<Journal> journals) {
        return journals.stream().flatMap(j -> j.lines().stream()).map(SalesWorkedExampleTest::line)
                .collect(Collectors.toList());
    }

    private static String line(JournalLine line) {
        return line.debit().isPositive() ? line.accountCode() + " Dr " + line.debit().amount()
                : line.accountCode() + " Cr " + line.credit().amount();
    }
}
