package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.InvoiceType;
import dev.goldshop.core.sales.Payment;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.RateUsed;
import dev.goldshop.core.sales.ReturnLine;
import dev.goldshop.core.sales.ReturnReceipt;
import dev.goldshop.core.sales.ReturnRequest;
import dev.goldshop.core.sales.Returns;
import dev.goldshop.core.sales.StoreCreditReason;
import dev.goldshop.core.settings.ShopSettings;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.loyalty.LoyaltyLedger;
import dev.goldshop.persistence.internal.mapper.InvoiceItemMapper;
import dev.goldshop.persistence.internal.mapper.InvoiceMapper;
import dev.goldshop.persistence.internal.mapper.PaymentMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Takes goods back from a sale through a credit note, in one transaction: the returned share of
 * each line (see {@link Proportion}), the credit note with its own number, the sale lines'
 * returned quantities (never beyond what was sold), the stock back, the credit note's journal,
 * the settlement against the sale's balance and the refund of the rest (see {@link Returns} for
 * the journals), the sale's loyalty points taken back (their value kept from the refund for
 * points already spent), and the customer's lifetime spend.
 *
 * <p>Of what is refunded, the share the sale was paid with in points goes back as points and
 * the share paid with store credit as store credit (see {@link TenderPayback}); the points are
 * re-credited before the earned points are taken back, so that points given back can cover
 * earned points already spent. The value of earned points still missing is kept from the rest,
 * and only what remains goes by the request's method.
 */
final class CreditNotes {
    static final String ISSUED = "credit_note.issued";
    private static final int MAX_LINES = 200;
    private static final int MAX_NOTES = 2000;
    private static final int MAX_REFERENCE = 100;

    private final SalesSupport support;
    private final Postings postings;
    private final StoreCreditBook credit;
    private final LoyaltyLedger loyalty;
    private final TenderPayback payback;
    private final InvoiceViews views;

    CreditNotes(SalesSupport support, Postings postings, StoreCreditBook credit, LoyaltyLedger loyalty,
            InvoiceViews views) {
        this.support = support;
        this.postings = postings;
        this.credit = credit;
        this.loyalty = loyalty;
        this.payback = new TenderPayback(support, postings, credit, loyalty);
        this.views = views;
    }

    Audited<ReturnReceipt> take(Tx tx, CallContext ctx, ReturnRequest request) {
        String notes = check(ctx, request);
        InvoiceRow sale = support.lockInvoice(tx, request.invoiceId());
        requireReturnable(sale);
        InvoiceItemMapper items = tx.mapper(InvoiceItemMapper.class);
        Map<UUID, LineRow> saleLines = new HashMap<>();
        for (LineRow line : items.selectByInvoice(sale.id)) {
            saleLines.put(line.id, line);
        }
        ShopSettings settings = support.settings.current();
        UUID creditNoteId = support.newId();
        Instant now = support.now();
        List<LineRow> lines = creditLines(request, saleLines, creditNoteId, settings.roundingMode(), now);
        DraftPricing.Totals totals = DraftPricing.Totals.of(lines, support.zero());
        Money applied = totals.total().min(sale.balanceDue);
        Money refunded = totals.total().minus(applied);
        TenderPayback.Shares shares = payback.shares(tx, sale, refunded);
        Money byMethod = refunded.minus(shares.total());
        PaymentMethod method = refundMethod(request, sale, byMethod);

        LocalDate date = support.dateOf(now);
        Numbering.Number number = Numbering.next(tx, InvoiceType.CREDIT_NOTE, settings.creditNotePrefix(),
                date.getYear(), now);
        InvoiceRow note = creditNote(ctx, sale, creditNoteId, number, date, totals, applied, refunded, notes, now);
        tx.mapper(InvoiceMapper.class).insert(note);
        for (LineRow line : lines) {
            items.insert(line);
        }
        for (int i = 0; i < request.lines().size(); i++) {
            ReturnLine returned = request.lines().get(i);
            if (items.addReturned(returned.lineId(), returned.quantity()) == 0) {
                throw new BusinessRuleException("Line " + saleLines.get(returned.lineId()).lineNumber + " of invoice "
                        + sale.invoiceNumber + " has fewer units left to return than " + returned.quantity());
            }
        }
        restock(tx, lines, creditNoteId);
        Money cost = support.zero();
        for (LineRow line : lines) {
            cost = cost.plus(line.costAmount);
        }
        postings.creditNote(tx, ctx, date, creditNoteId, number.text(),
                new Postings.SaleAmounts(totals.subtotal(), totals.tax(), totals.total(), cost));
        TenderPayback.Given back = payback.giveBack(tx, ctx, sale, note, shares, now, date);
        LoyaltyLedger.TakeBack points = takeBackPoints(tx, ctx, sale, note, totals.total(), byMethod,
                items.selectByInvoice(sale.id));
        Money kept = points.keptFromRefund();
        if (kept.isPositive()) {
            keepForSpentPoints(tx, ctx, note, kept, points.spent(), now, date);
        }
        Optional<Payment> refund = Optional.empty();
        Money given = byMethod.minus(kept);
        if (given.isPositive()) {
            refund = Optional.of(refund(tx, ctx, note, method, given, request.refundReference(), now, date));
        }

        InvoiceRow before = sale.copy();
        sale.amountCredited = sale.amountCredited.plus(applied);
        sale.balanceDue = sale.balanceDue.minus(applied);
        sale.status = settledStatus(sale, items.selectByInvoice(sale.id));
        sale.updatedAt = now;
        tx.mapper(InvoiceMapper.class).updateSettlement(sale);
        sale.version++;
        if (sale.customerId != null) {
            tx.mapper(InvoiceMapper.class).subtractSpend(sale.customerId, totals.total());
        }
        support.alertOnceOverDailyThreshold(tx, ctx, now, Returns.RETURNS_PER_DAY_BEFORE_ALERT, "many_returns",
                "returns_today", "taken %d returns", InvoiceMapper::countCreditNotesBy);

        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("credit_note_number", number.text());
        payload.put("original_invoice_id", sale.id.toString());
        payload.put("total", totals.total().amount().toPlainString());
        payload.put("refunded", given.amount().toPlainString());
        payload.put("returned_as_points", back.pointsValue().amount().toPlainString());
        payload.put("returned_as_store_credit", back.storeCredit().amount().toPlainString());
        tx.publish(new DomainEvent(support.newId(), ISSUED, SalesSupport.INVOICE, creditNoteId, now, payload));

        List<LineRow> saleAfter = items.selectByInvoice(sale.id);
        List<RateUsed> rates = views.frozenRates(sale.metalRates);
        ReturnReceipt receipt = new ReturnReceipt(views.invoice(note, lines, rates), views.invoice(sale, saleAfter,
                rates), applied, given, refund, kept, back.pointsValue(), back.points(), back.storeCredit());
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("original_invoice_id", sale.id.toString());
        context.put("original_status_before", before.status.code());
        context.put("original_status_after", sale.status.code());
        context.put("applied_to_balance", applied.amount().toPlainString());
        context.put("refunded", given.amount().toPlainString());
        context.put("loyalty_points_taken_back", points.points());
        context.put("returned_as_points", back.pointsValue().amount().toPlainString());
        context.put("loyalty_points_returned", back.points());
        context.put("returned_as_store_credit", back.storeCredit().amount().toPlainString());
        context.put("kept_for_spent_points", kept.amount().toPlainString());
        context.put("refund_method", method == null ? "none" : method.code());
        return Audited.of(receipt, new AuditEvent("create", "credit_note", creditNoteId, null,
                InvoiceViews.audit(note, lines), context));
    }

    private String check(CallContext ctx, ReturnRequest request) {
        if (request == null) {
            throw ValidationException.of("request", null, "is required: ReturnRequest.of(invoiceId, method, lines...)");
        }
        Checks checks = new Checks();
        checks.required("invoiceId", request.invoiceId());
        if (request.lines() == null || request.lines().isEmpty() || request.lines().size() > MAX_LINES) {
            checks.reject("lines", request.lines() == null ? null : request.lines().size() + " lines",
                    "must name 1 to " + MAX_LINES + " lines to take back");
        } else {
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < request.lines().size(); i++) {
                ReturnLine line = request.lines().get(i);
                String field = "lines[" + i + "]";
                if (line == null) {
                    checks.reject(field, null, "is required");
                    continue;
                }
                if (checks.required(field + ".lineId", line.lineId()) && !seen.add(line.lineId())) {
                    checks.reject(field + ".lineId", line.lineId(), "is named twice; name each line once");
                }
                checks.quantity(field + ".quantity", line.quantity(), Checks.MAX_QUANTITY);
            }
        }
        if (request.refundMethod() == PaymentMethod.OLD_GOLD || request.refundMethod() == PaymentMethod.LOYALTY_POINTS) {
            checks.reject("refundMethod", request.refundMethod().code(), "must be cash, card, bank_transfer, cheque"
                    + " or store_credit; old gold and loyalty points are never paid out");
        }
        checks.text("refundReference", request.refundReference(), MAX_REFERENCE, false);
        String notes = checks.text("reason", ctx.reason(), MAX_NOTES, false);
        checks.throwIfAny();
        return notes;
    }

    private static void requireReturnable(InvoiceRow sale) {
        String name = "Invoice " + Drafts.label(sale);
        if (sale.invoiceType == InvoiceType.CREDIT_NOTE) {
            throw new BusinessRuleException(name + " is a credit note; take goods back from the sale it belongs to");
        }
        switch (sale.status) {
            case DRAFT:
                throw new BusinessRuleException(name + " is a draft; nothing was sold yet");
            case VOIDED:
                throw new BusinessRuleException(name + " is voided; its goods are already back");
            case RETURNED:
                throw new BusinessRuleException(name + " was returned in full; nothing is left to take back");
            default:
                break;
        }
    }

    /**
     * The credit note's lines: for each returned sale line, its share of every amount.
     */
    private List<LineRow> creditLines(ReturnRequest request, Map<UUID, LineRow> saleLines, UUID creditNoteId,
            RoundingMode mode, Instant now) {
        Checks checks = new Checks();
        List<LineRow> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            ReturnLine returned = request.lines().get(i);
            LineRow sold = saleLines.get(returned.lineId());
            if (sold == null) {
                checks.reject("lines[" + i + "].lineId", returned.lineId(),
                        "is not a line of invoice " + request.invoiceId());
                continue;
            }
            int returnable = sold.quantity - sold.returnedQuantity;
            if (returned.quantity() > returnable) {
                checks.reject("lines[" + i + "].quantity", returned.quantity(), "must be from 1 to " + returnable
                        + " (line " + sold.lineNumber + ": " + sold.quantity + " sold, " + sold.returnedQuantity
                        + " returned before)");
                continue;
            }
            lines.add(share(sold, returned.quantity(), creditNoteId, i + 1, mode, now));
        }
        checks.throwIfAny();
        return lines;
    }

    private LineRow share(LineRow sold, int quantity, UUID creditNoteId, int lineNumber, RoundingMode mode,
            Instant now) {
        int before = sold.returnedQuantity;
        int of = sold.quantity;
        LineRow line = sold.copy();
        line.id = support.newId();
        line.invoiceId = creditNoteId;
        line.lineNumber = lineNumber;
        line.originalInvoiceItemId = sold.id;
        line.quantity = quantity;
        line.returnedQuantity = 0;
        line.soldPieceId = null;
        line.discountApprovedBy = null;
        line.createdAt = now;
        line.metalValue = Proportion.share(sold.metalValue, before, quantity, of, mode);
        line.wastageValue = Proportion.share(sold.wastageValue, before, quantity, of, mode);
        line.makingCharge = Proportion.share(sold.makingCharge, before, quantity, of, mode);
        line.profitValue = Proportion.share(sold.profitValue, before, quantity, of, mode);
        line.stoneValue = Proportion.share(sold.stoneValue, before, quantity, of, mode);
        Money gross = line.metalValue.plus(line.wastageValue).plus(line.makingCharge).plus(line.profitValue)
                .plus(line.stoneValue);
        if (sold.priceMode == PriceMode.FIXED) {
            gross = gross.plus(sold.unitPrice.times(BigDecimal.valueOf(quantity), RoundingMode.UNNECESSARY));
        }
        Money subtotal = Proportion.share(sold.subtotal(), before, quantity, of, mode);
        line.discount = gross.minus(subtotal);
        line.taxAmount = Proportion.share(sold.taxAmount, before, quantity, of, mode);
        line.lineTotal = subtotal.plus(line.taxAmount);
        line.costAmount = Proportion.share(sold.costAmount, before, quantity, of, mode);
        return line;
    }

    private static PaymentMethod refundMethod(ReturnRequest request, InvoiceRow sale, Money refunded) {
        if (!refunded.isPositive()) {
            return null;
        }
        PaymentMethod method = request.refundMethod();
        if (method == null) {
            throw ValidationException.of("refundMethod", null, "is required: the return gives back " + refunded
                    + " the customer already paid; choose cash, card, bank_transfer, cheque or store_credit");
        }
        if (method == PaymentMethod.STORE_CREDIT && sale.customerId == null) {
            throw ValidationException.of("refundMethod", method.code(),
                    "needs a registered customer; invoice " + sale.invoiceNumber + " is a walk-in sale");
        }
        return method;
    }

    private InvoiceRow creditNote(CallContext ctx, InvoiceRow sale, UUID id, Numbering.Number number, LocalDate date,
            DraftPricing.Totals totals, Money applied, Money refunded, String notes, Instant now) {
        InvoiceRow note = new InvoiceRow();
        note.id = id;
        note.invoiceType = InvoiceType.CREDIT_NOTE;
        note.invoiceNumber = number.text();
        note.invoiceSeries = number.series();
        note.invoiceYear = number.year();
        note.invoiceSequence = number.sequence();
        note.customerId = sale.customerId;
        note.status = InvoiceStatus.PAID;
        note.invoiceDate = date;
        note.currency = sale.currency;
        note.metalRates = sale.metalRates;
        note.subtotal = totals.subtotal();
        note.discountTotal = totals.discount();
        note.taxTotal = totals.tax();
        note.total = totals.total();
        note.amountPaid = refunded;
        note.amountCredited = applied;
        note.balanceDue = support.zero();
        note.notes = notes;
        note.originalInvoiceId = sale.id;
        note.createdBy = SalesSupport.userOf(ctx);
        note.issuedBy = SalesSupport.userOf(ctx);
        note.issuedAt = now;
        note.createdAt = now;
        note.updatedAt = now;
        return note;
    }

    private void restock(Tx tx, List<LineRow> lines, UUID creditNoteId) {
        List<LineRow> byItem = new ArrayList<>();
        for (LineRow line : lines) {
            if (line.inventoryItemId != null) {
                byItem.add(line);
            }
        }
        byItem.sort(Comparator.comparing((LineRow l) -> l.inventoryItemId).thenComparing(l -> l.lineNumber));
        for (LineRow line : byItem) {
            support.stock.returnFromSale(tx, line.inventoryItemId, line.quantity, creditNoteId);
        }
    }

    private Payment refund(Tx tx, CallContext ctx, InvoiceRow note, PaymentMethod method, Money amount,
            String reference, Instant now, LocalDate date) {
        PaymentRow row = TenderPayback.refundRow(support, ctx, note, method, amount, "return#" + note.id,
                "{\"reason\": \"return\"}", now);
        row.reference = reference == null || reference.isBlank() ? null : reference.strip();
        tx.mapper(PaymentMapper.class).insert(row);
        postings.refund(tx, ctx, date, row.id, method, amount, "credit note " + note.invoiceNumber);
        if (method == PaymentMethod.STORE_CREDIT) {
            credit.credit(tx, note.customerId, amount, StoreCreditReason.REFUND, note.id, row.id,
                    SalesSupport.userOf(ctx));
        }
        return PaymentViews.payment(row, null);
    }

    /**
     * Takes back the return's share of the points the sale earned (nothing for a walk-in). The
     * sale's lines already count this return's units.
     */
    private LoyaltyLedger.TakeBack takeBackPoints(Tx tx, CallContext ctx, InvoiceRow sale, InvoiceRow note,
            Money returned, Money refundable, List<LineRow> saleLinesAfter) {
        if (sale.customerId == null) {
            return new LoyaltyLedger.TakeBack(0, 0, 0, support.zero());
        }
        boolean wholeSaleBack = saleLinesAfter.stream().allMatch(l -> l.returnedQuantity == l.quantity);
        return loyalty.takeBack(tx, ctx, sale.customerId, sale.id, note.id, note.invoiceNumber, returned, sale.total,
                wholeSaleBack, refundable);
    }

    /**
     * Records the value of spent points kept from the refund as a refund row of method loyalty
     * points on the credit note, so that the credit note stays settled and the sale's receivable
     * still equals its balance due.
     */
    private void keepForSpentPoints(Tx tx, CallContext ctx, InvoiceRow note, Money kept, long points, Instant now,
            LocalDate date) {
        PaymentRow row = TenderPayback.refundRow(support, ctx, note, PaymentMethod.LOYALTY_POINTS, kept,
                "return-points#" + note.id, "{\"reason\": \"spent_points_taken_back\", \"points\": " + points
                        + "}", now);
        tx.mapper(PaymentMapper.class).insert(row);
        postings.keptForSpentPoints(tx, ctx, date, row.id, kept, "credit note " + note.invoiceNumber);
    }

    /**
     * A sale's status after a return: returned when every unit is back, else by what is left to
     * pay.
     */
    private static InvoiceStatus settledStatus(InvoiceRow sale, List<LineRow> lines) {
        boolean allBack = true;
        for (LineRow line : lines) {
            allBack &= line.returnedQuantity == line.quantity;
        }
        if (allBack) {
            return InvoiceStatus.RETURNED;
        }
        if (sale.balanceDue.isZero()) {
            return InvoiceStatus.PAID;
        }
        return sale.amountPaid.isPositive() ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.ISSUED;
    }
}
