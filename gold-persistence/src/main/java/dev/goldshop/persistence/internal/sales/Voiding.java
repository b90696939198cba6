package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.InvoiceType;
import dev.goldshop.core.sales.Invoices;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
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
 * Voids issued sales, in one step or as a request approved by a second user (SECURITY.md
 * AZ-05). A void restocks every item line (pieces in item order), drops the lines' claims on
 * their pieces, posts the mirror of the issue's journal, takes the sale out of the customer's
 * totals, and watches how many voids each user makes in a day. A voided sale keeps its amounts as
 * issued (the document as it was) and owes nothing: the mirror journal took its receivable to 0.
 *
 * <p>The stock comes back through {@code StockLedger.returnFromSale}, the catalogue's one way
 * back into stock, which records a {@code return} movement referring to a credit note; for a void
 * the id it carries is the voided invoice's (there is no credit note). A movement kind or
 * reference type of its own for voids belongs to the catalogue.
 */
final class Voiding {
    static final String VOIDED = "invoice.voided";
    private static final int MAX_REASON = 500;

    private final SalesSupport support;
    private final Postings postings;
    private final InvoiceViews views;

    Voiding(SalesSupport support, Postings postings, InvoiceViews views) {
        this.support = support;
        this.postings = postings;
        this.views = views;
    }

    Audited<Invoice> voidNow(Tx tx, CallContext ctx, UUID invoiceId, long version) {
        String reason = reason(ctx);
        InvoiceRow invoice = lockedVoidable(tx, invoiceId, version);
        InvoiceRow before = invoice.copy();
        invoice.voidRequestedBy = null;
        invoice.voidRequestedAt = null;
        invoice.voidRequestReason = null;
        return carryOut(tx, ctx, invoice, before, reason, version, Map.of());
    }

    Audited<Invoice> request(Tx tx, CallContext ctx, UUID invoiceId, long version) {
        String reason = reason(ctx);
        if (ctx.actor().isSystem()) {
            throw new BusinessRuleException("A void request names the user who asks; the system voids in one step");
        }
        InvoiceRow invoice = lockedVoidable(tx, invoiceId, version);
        InvoiceRow before = invoice.copy();
        Instant now = support.now();
        invoice.voidRequestedBy = SalesSupport.userOf(ctx);
        invoice.voidRequestedAt = now;
        invoice.voidRequestReason = reason;
        invoice.updatedAt = now;
        if (tx.mapper(InvoiceMapper.class).requestVoid(invoice, version) == 0) {
            throw Drafts.stale(invoiceId, version);
        }
        invoice.version = version + 1;
        List<LineRow> lines = tx.mapper(InvoiceItemMapper.class).selectByInvoice(invoiceId);
        return Audited.of(views.invoice(invoice, lines, views.frozenRates(invoice.metalRates)),
                new AuditEvent("request_void", SalesSupport.INVOICE, invoiceId, InvoiceViews.audit(before, null),
                        InvoiceViews.audit(invoice, null), null));
    }

    Audited<Invoice> approve(Tx tx, CallContext ctx, UUID invoiceId, long version) {
        InvoiceRow invoice = support.lockInvoice(tx, invoiceId);
        if (invoice.voidRequestedBy == null || invoice.status == InvoiceStatus.VOIDED) {
            throw new BusinessRuleException("No void of invoice " + Drafts.label(invoice)
                    + " is waiting for approval; request one first");
        }
        if (invoice.voidRequestedBy.equals(SalesSupport.userOf(ctx))) {
            throw RefusedInside.refused("the void of invoice " + Drafts.label(invoice) + " was requested by "
                    + ctx.actor().name() + "; another user holding " + Permissions.INVOICE_VOID
                    + " must approve it", Permissions.INVOICE_VOID, invoiceId, "self_approval");
        }
        lockedVoidable(tx, invoiceId, version);
        InvoiceRow before = invoice.copy();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("requested_by", invoice.voidRequestedBy.toString());
        context.put("approved_by", ctx.actor().name());
        return carryOut(tx, ctx, invoice, before, invoice.voidRequestReason, version, context);
    }

    private Audited<Invoice> carryOut(Tx tx, CallContext ctx, InvoiceRow invoice, InvoiceRow before, String reason,
            long version, Map<String, Object> context) {
        InvoiceItemMapper items = tx.mapper(InvoiceItemMapper.class);
        InvoiceMapper invoices = tx.mapper(InvoiceMapper.class);
        List<LineRow> lines = items.selectByInvoice(invoice.id);
        List<LineRow> byItem = new ArrayList<>();
        for (LineRow line : lines) {
            if (line.inventoryItemId != null) {
                byItem.add(line);
            }
        }
        byItem.sort(Comparator.comparing((LineRow l) -> l.inventoryItemId).thenComparing(l -> l.lineNumber));
        for (LineRow line : byItem) {
            support.stock.returnFromSale(tx, line.inventoryItemId, line.quantity, invoice.id);
        }
        items.releasePieces(invoice.id);
        Instant now = support.now();
        LocalDate date = support.dateOf(now);
        invoice.status = InvoiceStatus.VOIDED;
        invoice.voidedBy = SalesSupport.userOf(ctx);
        invoice.voidedAt = now;
        invoice.voidReason = reason;
        invoice.updatedAt = now;
        if (invoices.voidInvoice(invoice, version) == 0) {
            throw Drafts.stale(invoice.id, version);
        }
        invoice.version = version + 1;
        Money cost = support.zero();
        for (LineRow line : lines) {
            cost = cost.plus(line.costAmount);
        }
        postings.voidIssue(tx, ctx, date, invoice.id, invoice.invoiceNumber,
                new Postings.SaleAmounts(invoice.subtotal, invoice.taxTotal, invoice.total, cost));
        if (invoice.customerId != null) {
            invoices.removePurchase(invoice.customerId, invoice.total);
        }
        support.alertOnceOverDailyThreshold(tx, ctx, now, Invoices.VOIDS_PER_DAY_BEFORE_ALERT, "many_voids",
                "voids_today", "voided %d invoices", InvoiceMapper::countVoidsBy);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("invoice_number", invoice.invoiceNumber);
        payload.put("total", invoice.total.amount().toPlainString());
        tx.publish(new DomainEvent(support.newId(), VOIDED, SalesSupport.INVOICE, invoice.id, now, payload));
        List<LineRow> after = items.selectByInvoice(invoice.id);
        return Audited.of(views.invoice(invoice, after, views.frozenRates(invoice.metalRates)),
                new AuditEvent("void", SalesSupport.INVOICE, invoice.id, InvoiceViews.audit(before, lines),
                        InvoiceViews.audit(invoice, after), context));
    }

    /**
     * The sale, locked, at the caller's version, and voidable now.
     */
    private InvoiceRow lockedVoidable(Tx tx, UUID invoiceId, long version) {
        InvoiceRow invoice = support.lockInvoice(tx, invoiceId);
        String name = "Invoice " + Drafts.label(invoice);
        if (invoice.invoiceType == InvoiceType.CREDIT_NOTE) {
            throw new BusinessRuleException(name + " is a credit note; credit notes are never voided");
        }
        switch (invoice.status) {
            case DRAFT:
                throw new BusinessRuleException(name + " is a draft; discard it instead of voiding it");
            case VOIDED:
                throw new BusinessRuleException(name + " is already voided");
            case RETURNED:
                throw new BusinessRuleException(name + " was returned in full; it can no longer be voided");
            default:
                break;
        }
        if (invoice.amountPaid.isPositive()) {
            throw new BusinessRuleException(name + " has payments of " + invoice.amountPaid
                    + "; take the goods back with a credit note instead of voiding it");
        }
        if (invoice.amountCredited.isPositive() || tx.mapper(InvoiceMapper.class).countCreditNotes(invoiceId) > 0) {
            throw new BusinessRuleException(name + " has credit notes; it can no longer be voided");
        }
        if (invoice.version != version) {
            throw Drafts.stale(invoiceId, version);
        }
        return invoice;
    }

    private static String reason(CallContext ctx) {
        String reason = ctx.reason();
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", reason,
                    "is required: say why in the call context (ctx.withReason(\"...\")), 1 to " + MAX_REASON
                            + " characters");
        }
        String text = reason.strip();
        if (text.codePointCount(0, text.length()) > MAX_REASON) {
            throw ValidationException.of("reason", text.substring(0, 60) + "...",
                    "must be at most " + MAX_REASON + " characters");
        }
        return text;
    }
}
