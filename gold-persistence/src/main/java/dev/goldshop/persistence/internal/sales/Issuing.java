package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.InvoiceType;
import dev.goldshop.core.settings.ShopSettings;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.catalog.StockLedger;
import dev.goldshop.persistence.internal.mapper.InvoiceItemMapper;
import dev.goldshop.persistence.internal.mapper.InvoiceMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues a draft, all in its one transaction: prices frozen at the current rates, stock taken
 * (lines in item order, so that two invoices selling the same items lock them in the same order
 * and never deadlock), the customer's totals updated, the year's next number taken (after all
 * that, so that a refusal for stock never holds the counter and the counter is held for as few
 * statements as possible), the books posted.
 */
final class Issuing {
    static final String ISSUED = "invoice.issued";

    private final SalesSupport support;
    private final DraftPricing pricing;
    private final DiscountPolicy discounts;
    private final Postings postings;
    private final Drafts drafts;
    private final InvoiceViews views;

    Issuing(SalesSupport support, DraftPricing pricing, DiscountPolicy discounts, Postings postings, Drafts drafts,
            InvoiceViews views) {
        this.support = support;
        this.pricing = pricing;
        this.discounts = discounts;
        this.postings = postings;
        this.drafts = drafts;
        this.views = views;
    }

    Audited<Invoice> issue(Tx tx, CallContext ctx, UUID invoiceId, long version) {
        InvoiceRow invoice = drafts.lockedDraft(tx, invoiceId, version);
        if (invoice.customerId != null) {
            Drafts.requireCustomerMayBuy(tx, invoice.customerId);
        }
        List<LineRow> before = tx.mapper(InvoiceItemMapper.class).selectByInvoice(invoiceId);
        Audited<HeldInvoice> issued = issueHeld(tx, ctx, new HeldInvoice(invoice, before, true, null));
        return Audited.of(issued.result().view(), issued.event());
    }

    /**
     * Issues a draft this transaction holds already, locked or created by it (a sale rung up at
     * once), with the lines as stored: no second read of either.
     *
     * @param tx the transaction
     * @param ctx who calls
     * @param draft the draft: its row at its stored version (changed in place to the issued
     *     invoice) and its lines, stored or to be inserted here
     * @return the issued invoice as held by this transaction
     */
    Audited<HeldInvoice> issueHeld(Tx tx, CallContext ctx, HeldInvoice draft) {
        InvoiceRow invoice = draft.row();
        List<LineRow> before = draft.lines();
        UUID invoiceId = invoice.id;
        long version = invoice.version;
        InvoiceItemMapper items = tx.mapper(InvoiceItemMapper.class);
        if (before.isEmpty()) {
            throw new BusinessRuleException("Invoice " + invoiceId + " has no lines; add what is sold before issuing");
        }
        DraftPricing.Repriced frozen = pricing.reprice(before);
        List<LineRow> lines = frozen.lines();
        for (int i = 0; i < lines.size(); i++) {
            LineRow line = lines.get(i);
            if (line.discountApprovedBy == null) {
                line.discountApprovedBy = discounts.check(ctx, invoiceId, line, frozen.quotes().get(i));
            }
        }
        Money cost = takeStock(tx, invoiceId, lines);
        Instant now = support.now();
        LocalDate date = support.dateOf(now);
        ShopSettings settings = support.settings.current();
        // The year's counter row stays locked from the number's taking until commit, and every
        // sale of the year queues on it: what does not need the number is done before it.
        // Prices frozen, and each line's cost and claim on its piece, in one statement.
        if (draft.linesStored()) {
            items.updateLines(lines, true);
        } else {
            items.insertAll(lines);
        }
        if (invoice.customerId != null) {
            tx.mapper(InvoiceMapper.class).addPurchase(invoice.customerId, frozen.totals().total(), now);
        }
        String rates = views.ratesJson(frozen.rates());
        Numbering.Number number = Numbering.next(tx, InvoiceType.SALE, settings.invoicePrefix(), date.getYear(), now);

        InvoiceRow old = invoice.copy();
        frozen.totals().applyTo(invoice);
        // A sale of nothing (every line discounted in full) owes nothing from the start.
        invoice.status = invoice.total.isZero() ? InvoiceStatus.PAID : InvoiceStatus.ISSUED;
        invoice.invoiceNumber = number.text();
        invoice.invoiceSeries = number.series();
        invoice.invoiceYear = number.year();
        invoice.invoiceSequence = number.sequence();
        invoice.invoiceDate = date;
        invoice.metalRates = rates;
        invoice.issuedBy = SalesSupport.userOf(ctx);
        invoice.issuedAt = now;
        invoice.updatedAt = now;
        if (tx.mapper(InvoiceMapper.class).issue(invoice, version) == 0) {
            throw Drafts.stale(invoiceId, version);
        }
        invoice.version = version + 1;
        postings.issue(tx, ctx, date, invoiceId, number.text(),
                new Postings.SaleAmounts(invoice.subtotal, invoice.taxTotal, invoice.total, cost));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("invoice_number", number.text());
        payload.put("total", invoice.total.amount().toPlainString());
        payload.put("customer_id", invoice.customerId == null ? "" : invoice.customerId.toString());
        tx.publish(new DomainEvent(support.newId(), ISSUED, SalesSupport.INVOICE, invoiceId, now, payload));
        return Audited.of(new HeldInvoice(invoice, lines, true, views.invoice(invoice, lines, frozen.rates())),
                new AuditEvent("issue", SalesSupport.INVOICE, invoiceId, InvoiceViews.audit(old, before),
                        InvoiceViews.audit(invoice, lines), Map.of("invoice_number", number.text())));
    }

    /**
     * Takes the goods of every item line out of the stock and sets each line's cost and, for a
     * unique piece, the line's claim on it (stored with the frozen prices).
     *
     * @return the cost of all the goods
     */
    private Money takeStock(Tx tx, UUID invoiceId, List<LineRow> lines) {
        List<LineRow> byItem = new ArrayList<>();
        for (LineRow line : lines) {
            if (line.inventoryItemId != null) {
                byItem.add(line);
            }
        }
        byItem.sort(Comparator.comparing((LineRow l) -> l.inventoryItemId).thenComparing(l -> l.lineNumber));
        List<StockLedger.Take> takes = new ArrayList<>();
        for (LineRow line : byItem) {
            takes.add(new StockLedger.Take(line.inventoryItemId, line.quantity));
        }
        List<StockLedger.Taken> taken = support.stock.takeForInvoice(tx, takes, invoiceId);
        Money cost = support.zero();
        for (int i = 0; i < byItem.size(); i++) {
            LineRow line = byItem.get(i);
            Money lineCost = taken.get(i).movement().cost();
            line.costAmount = lineCost == null ? support.zero() : lineCost;
            line.soldPieceId = taken.get(i).uniquePiece() ? line.inventoryItemId : null;
            cost = cost.plus(line.costAmount);
        }
        return cost;
    }
}
