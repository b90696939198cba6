package dev.goldshop.examples;

import dev.goldshop.core.books.Books;
import dev.goldshop.core.books.TrialBalance;
import dev.goldshop.core.catalog.Inventory;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.rates.MetalRates;
import dev.goldshop.core.rates.NewMetalRate;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceLine;
import dev.goldshop.core.sales.Invoices;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.PaymentReceipt;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.Payments;
import dev.goldshop.core.sales.PointOfSale;
import dev.goldshop.core.sales.ReturnLine;
import dev.goldshop.core.sales.ReturnReceipt;
import dev.goldshop.core.sales.ReturnRequest;
import dev.goldshop.core.sales.Returns;
import dev.goldshop.core.sales.Sale;
import dev.goldshop.core.sales.SaleRequest;
import dev.goldshop.core.sales.SalesReports;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.sales.ZReport;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.engine.GoldShop;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The day's trade: today's rates, a ring and some coins put into stock, two sales (one paid
 * partly with the customer's old gold, the rest by card; one in cash), a returned line, and at
 * closing the invoice with its price breakdown, the trial balance and the Z report.
 */
public final class SalesDay {
    private static final Purity FINE = Purity.ofFineness(999);
    private static final Purity K22 = Purity.ofKarat(22);

    private SalesDay() {
    }

    /**
     * Tells the sales part of the day.
     *
     * @param shop the engine
     * @param owner who acts (the owner holds every permission)
     * @param out where the story is told
     */
    public static void tell(GoldShop shop, CallContext owner, PrintStream out) {
        MetalRates rates = shop.facade(MetalRates.class);
        rates.post(owner, NewMetalRate.of(MetalType.GOLD, FINE, new BigDecimal("60.0000"), new BigDecimal("65.0000")));
        rates.post(owner, NewMetalRate.of(MetalType.GOLD, K22, new BigDecimal("55.0000"), new BigDecimal("60.0000")));
        out.println("Posted today's gold rates: 999 buys at 60.00 and sells at 65.00 per gram; 22K 55.00 / 60.00");

        String run = Long.toString(shop.clock().millis() % 1_000_000);
        Inventory inventory = shop.facade(Inventory.class);
        Item ring = inventory.create(owner, NewItem.builder("RING-" + run, "22K ring with stones")
                .kind(ItemKind.UNIQUE_PIECE).metal(MetalType.GOLD, K22)
                .weights(Weight.ofGrams("10.500"), Weight.ofGrams("0.500")).priceMode(PriceMode.WEIGHT)
                .makingCharge(MakingChargeType.PER_GRAM, new BigDecimal("5.00")).wastagePercent(new BigDecimal("2"))
                .stoneValue(usd("20.00")).costPrice(usd("450.00")).build());
        Item coins = inventory.create(owner, NewItem.builder("COIN-" + run, "1 g fine gold coin")
                .kind(ItemKind.COUNTED).metal(MetalType.GOLD, FINE).weights(Weight.ofGrams("1.000"), Weight.ZERO)
                .priceMode(PriceMode.WEIGHT).makingCharge(MakingChargeType.FIXED, new BigDecimal("3.00"))
                .costPrice(usd("58.00")).quantity(10).build());
        out.println("Stocked " + ring.sku() + " (net " + ring.netWeight() + ") and 10 x " + coins.sku());

        Invoices invoices = shop.facade(Invoices.class);
        Payments payments = shop.facade(Payments.class);
        Invoice first = invoices.createDraft(owner, null, "walk-in with old gold");
        first = invoices.addLine(owner, first.id(), NewLine.item(ring.id(), 1, null), first.version());
        first = invoices.addLine(owner, first.id(), NewLine.item(coins.id(), 2, null), first.version());
        first = invoices.issue(owner, first.id(), first.version());
        out.println("Issued " + first.number() + " for " + first.total());

        PaymentReceipt oldGold = payments.pay(owner, PaymentRequest.of(first.id(), "demo-" + run + "-1",
                Tender.oldGold(MetalType.GOLD, Purity.ofFineness(875), Weight.ofGrams("5.000"), new BigDecimal("2"))));
        Invoice afterOldGold = invoices.get(owner, first.id()).orElseThrow();
        out.println("Old gold 5.000 g tested 875 accepted for " + oldGold.payments().get(0).amount()
                + "; still due " + afterOldGold.balanceDue());
        payments.pay(owner, PaymentRequest.of(first.id(), "demo-" + run + "-2",
                Tender.card(afterOldGold.balanceDue(), "slip " + run)));

        Invoice second = invoices.createDraft(owner, null, null);
        second = invoices.addLine(owner, second.id(), NewLine.item(coins.id(), 3, null), second.version());
        second = invoices.issue(owner, second.id(), second.version());
        payments.pay(owner, PaymentRequest.of(second.id(), "demo-" + run + "-3", Tender.cash(second.total())));
        out.println("Issued and paid in cash " + second.number() + " for " + second.total());

        Invoice paid = invoices.get(owner, first.id()).orElseThrow();
        InvoiceLine coinLine = paid.lines().stream().filter(l -> coins.id().equals(l.itemId())).findFirst()
                .orElseThrow();
        ReturnReceipt returned = shop.facade(Returns.class).returnGoods(owner.withReason("changed her mind"),
                ReturnRequest.of(paid.id(), PaymentMethod.CASH, ReturnLine.all(coinLine)));
        out.println("Returned the coins of " + paid.number() + " on credit note " + returned.creditNote().number()
                + ", refunded " + returned.refunded());

        Sale counter = shop.facade(PointOfSale.class).sell(owner, SaleRequest.of(null, "counter-" + run,
                List.of(NewLine.item(coins.id(), 1, null)), Tender.cash(usd("100.00"))));
        out.println("At the counter, one call and one commit: " + counter.invoice().number() + " for "
                + counter.invoice().total() + ", paid 100.00 in cash, change " + counter.receipt().changeDue());

        printInvoice(invoices.get(owner, first.id()).orElseThrow(), out);
        LocalDate today = LocalDate.now(shop.clock().withZone(ZoneOffset.UTC));
        TrialBalance trial = shop.facade(Books.class).trialBalance(owner, today.plusDays(1));
        out.println("Trial balance (" + (trial.balanced() ? "balanced" : "NOT BALANCED") + "): debits "
                + trial.totalDebit() + ", credits " + trial.totalCredit());
        trial.rows().forEach(row -> out.println(String.format("  %-6s %-28s %s", row.account().code(),
                row.account().name(), row.balance())));
        ZReport z = shop.facade(SalesReports.class).zReport(owner, today);
        out.println("Z report " + z.day() + ": " + z.invoiceCount() + " invoices, " + z.creditNoteCount()
                + " credit notes, net sales " + z.netSales() + ", tax " + z.tax() + ", takings " + z.totalTakings());
        z.takings().forEach(t -> out.println("  takings " + t));
        z.oldGold().forEach(g -> out.println("  old gold " + g));
        z.grams().forEach(g -> out.println("  sold " + g));
    }

    private static void printInvoice(Invoice invoice, PrintStream out) {
        out.println("Invoice " + invoice.number() + " (" + invoice.status() + ")");
        for (InvoiceLine line : invoice.lines()) {
            out.println("  " + line.lineNumber() + ". " + line.description() + " x" + line.quantity()
                    + (line.returnedQuantity() > 0 ? " (returned " + line.returnedQuantity() + ")" : ""));
            out.println("     metal " + line.metalValue() + " (" + line.netWeight() + " at " + line.ratePerGram()
                    + "), wastage " + line.wastageValue() + ", making " + line.makingCharge() + ", profit "
                    + line.profitValue() + ", stones " + line.stoneValue() + ", discount " + line.discount()
                    + ", tax " + line.taxAmount() + " -> " + line.lineTotal());
        }
        out.println("  subtotal " + invoice.subtotal() + ", tax " + invoice.taxTotal() + ", total " + invoice.total()
                + ", paid " + invoice.amountPaid() + ", credited " + invoice.amountCredited() + ", due "
                + invoice.balanceDue());
    }

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), GoldShop.Builder.DEFAULT_CURRENCY);
    }
}
