package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.ItemStatus;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.InvoiceType;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.mapper.InvoiceItemMapper;
import dev.goldshop.persistence.internal.mapper.InvoiceMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Draft invoices: started, lines added and removed (every change reprices every line at the
 * current rates and settings and stores the new totals), discarded. The work of the
 * {@link dev.goldshop.core.sales.Invoices} methods of the same names, run inside their calls.
 */
final class Drafts {
    private static final int MAX_NOTES = 2000;
    private static final int MAX_DESCRIPTION = 500;

    private final SalesSupport support;
    private final LinePricer pricer;
    private final DraftPricing pricing;
    private final DiscountPolicy discounts;
    private final InvoiceViews views;

    Drafts(SalesSupport support, LinePricer pricer, DraftPricing pricing, DiscountPolicy discounts,
            InvoiceViews views) {
        this.support = support;
        this.pricer = pricer;
        this.pricing = pricing;
        this.discounts = discounts;
        this.views = views;
    }

    Audited<Invoice> create(Tx tx, CallContext ctx, UUID customerId, String notes) {
        Checks checks = new Checks();
        String text = checks.text("notes", notes, MAX_NOTES, false);
        checks.throwIfAny();
        if (customerId != null) {
            requireCustomerMayBuy(tx, customerId);
        }
        InvoiceRow row = newDraft(ctx, customerId, text);
        tx.mapper(InvoiceMapper.class).insert(row);
        return Audited.of(views.invoice(row, List.of(), List.of()),
                AuditEvent.created(SalesSupport.INVOICE, row.id, InvoiceViews.audit(row, List.of())));
    }

    /**
     * Starts a draft with all its lines at once, as the counter rings up a whole sale: the same
     * checks and prices as {@link #create} and one {@link #addLine} per line, with one audit row
     * (the draft created with its lines). Only the invoice is inserted here: the lines are
     * inserted once, in their final form, by {@link Issuing#issueHeld} in the same transaction,
     * which the caller must call (the transaction's commit checks nothing of the kind).
     *
     * @param tx the transaction
     * @param ctx who calls
     * @param customerId the customer, or null for a walk-in
     * @param notes the notes, or null
     * @param newLines the lines, at least one (checked by the caller)
     * @return the draft as held by this transaction, its lines not stored yet
     */
    Audited<HeldInvoice> createWithLines(Tx tx, CallContext ctx, UUID customerId, String notes,
            List<NewLine> newLines) {
        Checks checks = new Checks();
        String text = checks.text("notes", notes, MAX_NOTES, false);
        List<Money> lineDiscounts = new ArrayList<>();
        for (int i = 0; i < newLines.size(); i++) {
            lineDiscounts.add(checkLine(checks, "lines[" + i + "]", newLines.get(i)));
        }
        checks.throwIfAny();
        if (customerId != null) {
            requireCustomerMayBuy(tx, customerId);
        }
        InvoiceRow invoice = newDraft(ctx, customerId, text);
        Map<UUID, SaleItemRow> items = saleItems(tx, newLines);
        List<LineRow> lines = new ArrayList<>();
        List<LinePricer.Priced> priced = new ArrayList<>();
        for (int i = 0; i < newLines.size(); i++) {
            NewLine line = newLines.get(i);
            String field = "lines[" + i + "]";
            LineRow row = line.isItem() ? fromItem(item(items, line), line, lineDiscounts.get(i), lines, field)
                    : freeText(line, lineDiscounts.get(i));
            row.invoiceId = invoice.id;
            row.lineNumber = i + 1;
            LinePricer.Priced one;
            try {
                one = pricer.price(row, support.settings.pricingPolicy());
            } catch (ValidationException e) {
                throw prefixed(e, field + ".");
            }
            row = one.line();
            row.discountApprovedBy = discounts.check(ctx, invoice.id, row, one.quote());
            lines.add(row);
            priced.add(one);
        }
        DraftPricing.Repriced repriced = pricing.collect(priced);
        repriced.totals().applyTo(invoice);
        tx.mapper(InvoiceMapper.class).insert(invoice);
        Invoice view = views.invoice(invoice, lines, repriced.rates());
        return Audited.of(new HeldInvoice(invoice, lines, false, view),
                AuditEvent.created(SalesSupport.INVOICE, invoice.id, InvoiceViews.audit(invoice, lines)));
    }

    private static Map<UUID, SaleItemRow> saleItems(Tx tx, List<NewLine> lines) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (NewLine line : lines) {
            if (line.isItem()) {
                ids.add(line.itemId());
            }
        }
        Map<UUID, SaleItemRow> items = new HashMap<>();
        if (!ids.isEmpty()) {
            for (SaleItemRow item : tx.mapper(InvoiceItemMapper.class).selectSaleItems(ids)) {
                items.put(item.id, item);
            }
        }
        return items;
    }

    private static SaleItemRow item(Map<UUID, SaleItemRow> items, NewLine line) {
        return found(items.get(line.itemId()), line);
    }

    private static SaleItemRow found(SaleItemRow item, NewLine line) {
        if (item == null) {
            throw new NotFoundException("inventory_item", line.itemId());
        }
        return item;
    }

    private InvoiceRow newDraft(CallContext ctx, UUID customerId, String text) {
        Instant now = support.now();
        InvoiceRow row = new InvoiceRow();
        row.id = support.newId();
        row.invoiceType = InvoiceType.SALE;
        row.customerId = customerId;
        row.status = InvoiceStatus.DRAFT;
        row.invoiceDate = support.dateOf(now);
        row.currency = support.currency.getCurrencyCode();
        Money zero = support.zero();
        row.subtotal = zero;
        row.discountTotal = zero;
        row.taxTotal = zero;
        row.total = zero;
        row.amountPaid = zero;
        row.amountCredited = zero;
        row.balanceDue = zero;
        row.notes = text;
        row.createdBy = SalesSupport.userOf(ctx);
        row.createdAt = now;
        row.updatedAt = now;
        return row;
    }

    Audited<Invoice> addLine(Tx tx, CallContext ctx, UUID invoiceId, NewLine line, long version) {
        Checks checks = new Checks();
        checks.required("invoiceId", invoiceId);
        Money discount = checkLine(checks, "line", line);
        checks.throwIfAny();
        InvoiceRow invoice = lockedDraft(tx, invoiceId, version);
        InvoiceItemMapper items = tx.mapper(InvoiceItemMapper.class);
        List<LineRow> lines = items.selectByInvoice(invoiceId);
        List<LineRow> before = copies(lines);
        LineRow row;
        if (line.isItem()) {
            row = fromItem(found(items.selectSaleItem(line.itemId()), line), line, discount, lines, "line");
        } else {
            row = freeText(line, discount);
        }
        row.invoiceId = invoiceId;
        row.lineNumber = lines.size() + 1;
        LinePricer.Priced priced;
        try {
            priced = pricer.price(row, support.settings.pricingPolicy());
        } catch (ValidationException e) {
            throw prefixed(e, "line.");
        }
        row = priced.line();
        row.discountApprovedBy = discounts.check(ctx, invoiceId, row, priced.quote());
        items.insert(row);
        lines.add(row);
        return store(tx, invoice, before, lines, version, "add_line");
    }

    Audited<Invoice> removeLine(Tx tx, UUID invoiceId, UUID lineId, long version) {
        if (lineId == null) {
            throw ValidationException.of("lineId", null, "is required");
        }
        InvoiceRow invoice = lockedDraft(tx, invoiceId, version);
        InvoiceItemMapper items = tx.mapper(InvoiceItemMapper.class);
        List<LineRow> before = items.selectByInvoice(invoiceId);
        if (items.delete(invoiceId, lineId) == 0) {
            throw new NotFoundException("invoice line", lineId);
        }
        items.renumber(invoiceId);
        return store(tx, invoice, before, items.selectByInvoice(invoiceId), version, "remove_line");
    }

    Audited<Void> discard(Tx tx, UUID invoiceId, long version) {
        InvoiceRow invoice = lockedDraft(tx, invoiceId, version);
        List<LineRow> lines = tx.mapper(InvoiceItemMapper.class).selectByInvoice(invoiceId);
        if (tx.mapper(InvoiceMapper.class).deleteDraft(invoiceId, version) == 0) {
            throw stale(invoiceId, version);
        }
        return Audited.of(null, AuditEvent.deleted(SalesSupport.INVOICE, invoiceId, InvoiceViews.audit(invoice, lines)));
    }

    /**
     * Refuses a sale to a customer who is unknown, deactivated or erased.
     *
     * @param tx the transaction
     * @param customerId the customer
     */
    static void requireCustomerMayBuy(Tx tx, UUID customerId) {
        CustomerStateRow customer = tx.mapper(InvoiceMapper.class).selectCustomerState(customerId);
        if (customer == null) {
            throw new NotFoundException("customer", customerId);
        }
        if (!customer.canBuy()) {
            throw new BusinessRuleException("Customer " + customer.customerCode + " is "
                    + (customer.erasedAt != null ? "erased" : "deactivated") + "; sell to an active customer or a walk-in");
        }
    }

    /**
     * The draft, locked, at the caller's version.
     *
     * @param tx the transaction
     * @param invoiceId the invoice
     * @param version the version the caller saw
     * @return the draft
     */
    InvoiceRow lockedDraft(Tx tx, UUID invoiceId, long version) {
        InvoiceRow invoice = support.lockInvoice(tx, invoiceId);
        if (invoice.status != InvoiceStatus.DRAFT) {
            throw new BusinessRuleException("Invoice " + label(invoice) + " is " + invoice.status.code()
                    + "; only a draft can be changed (void it, or return goods with a credit note)");
        }
        if (invoice.version != version) {
            throw stale(invoiceId, version);
        }
        return invoice;
    }

    /**
     * Stores a draft's lines repriced now and its new totals, at the caller's version. Only the
     * lines whose prices moved are written, in one statement: adding the third line of a sale at
     * unchanged rates writes no line but the new one.
     */
    private Audited<Invoice> store(Tx tx, InvoiceRow invoice, List<LineRow> before, List<LineRow> lines,
            long version, String action) {
        InvoiceItemMapper items = tx.mapper(InvoiceItemMapper.class);
        DraftPricing.Repriced repriced = pricing.reprice(lines);
        List<LineRow> changed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineRow repricedLine = repriced.lines().get(i);
            if (!repricedLine.samePrices(lines.get(i))) {
                changed.add(repricedLine);
            }
        }
        if (!changed.isEmpty()) {
            items.updateLines(changed, false);
        }
        InvoiceRow old = invoice.copy();
        repriced.totals().applyTo(invoice);
        invoice.updatedAt = support.now();
        if (tx.mapper(InvoiceMapper.class).updateDraftTotals(invoice, version) == 0) {
            throw stale(invoice.id, version);
        }
        invoice.version = version + 1;
        return Audited.of(views.invoice(invoice, repriced.lines(), repriced.rates()),
                new AuditEvent(action, SalesSupport.INVOICE, invoice.id, InvoiceViews.audit(old, before),
                        InvoiceViews.audit(invoice, repriced.lines()), null));
    }

    /**
     * Checks one new line, collecting what is wrong under {@code field} ("line", "lines[2]").
     *
     * @return the line's discount (zero if none), or null if the line itself is missing
     */
    private Money checkLine(Checks checks, String field, NewLine line) {
        if (line == null) {
            checks.reject(field, null, "is required: NewLine.item(...) or NewLine.fixed(...)");
            return null;
        }
        checks.quantity(field + ".quantity", line.quantity(), Checks.MAX_QUANTITY);
        Money discount = line.discount() == null ? support.zero() : line.discount();
        checks.amount(field + ".discount", discount, support.currency, false);
        if (line.isItem()) {
            if (line.description() != null) {
                checks.reject(field + ".description", line.description(),
                        "must be null for an item line: the item's name is printed");
            }
            if (line.unitPrice() != null) {
                checks.reject(field + ".unitPrice", line.unitPrice(),
                        "must be null for an item line: the item is priced by weight or at its fixed price");
            }
        } else {
            checks.text(field + ".description", line.description(), MAX_DESCRIPTION, true);
            checks.amount(field + ".unitPrice", line.unitPrice(), support.currency, false);
        }
        return discount;
    }

    private LineRow fromItem(SaleItemRow item, NewLine line, Money discount, List<LineRow> lines, String field) {
        requireForSale(item, line.quantity(), lines, field);
        LineRow row = blank(discount);
        row.inventoryItemId = item.id;
        row.description = item.name;
        row.quantity = line.quantity();
        row.metalType = item.metalType;
        row.purity = item.purity;
        row.grossWeight = item.grossWeight;
        row.stoneWeight = item.stoneWeight;
        row.netWeight = item.netWeight;
        row.priceMode = item.priceMode;
        if (item.priceMode == PriceMode.WEIGHT) {
            row.wastagePercent = item.wastagePercent;
            row.makingChargeType = item.makingChargeType;
            row.makingChargeValue = item.makingChargeValue;
            row.profitPercent = item.profitPercent;
            row.stoneValue = item.stoneValue.times(BigDecimal.valueOf(line.quantity()), RoundingMode.UNNECESSARY);
        } else {
            row.unitPrice = item.fixedPrice;
        }
        return row;
    }

    private static void requireForSale(SaleItemRow item, int quantity, List<LineRow> lines, String field) {
        String name = "Item " + item.sku;
        if (item.itemKind == ItemKind.SCRAP) {
            throw new BusinessRuleException(name + " is a scrap lot and is not sold over the counter");
        }
        if (item.status == ItemStatus.ARCHIVED) {
            throw new BusinessRuleException(name + " is archived and not for sale");
        }
        if (item.itemKind == ItemKind.UNIQUE_PIECE) {
            if (quantity != 1) {
                throw ValidationException.of(field + ".quantity", quantity, "must be 1 for unique piece " + item.sku);
            }
            if (item.status == ItemStatus.SOLD) {
                throw new BusinessRuleException(name + " is already sold");
            }
            if (item.status != ItemStatus.IN_STOCK) {
                throw new BusinessRuleException(name + " is " + item.status.code() + " and not for sale");
            }
            for (LineRow line : lines) {
                if (item.id.equals(line.inventoryItemId)) {
                    throw new BusinessRuleException(name + " is already on this invoice (line " + line.lineNumber + ")");
                }
            }
        } else if (item.quantity < quantity) {
            throw new BusinessRuleException("insufficient stock: " + name + " holds " + item.quantity
                    + (item.quantity == 1 ? " unit" : " units") + " and the line asks for " + quantity);
        }
    }

    private LineRow freeText(NewLine line, Money discount) {
        LineRow row = blank(discount);
        row.description = line.description().strip();
        row.priceMode = PriceMode.FIXED;
        row.quantity = line.quantity();
        row.unitPrice = line.unitPrice();
        return row;
    }

    private LineRow blank(Money discount) {
        Money zero = support.zero();
        LineRow row = new LineRow();
        row.id = support.newId();
        row.metalValue = zero;
        row.wastageValue = zero;
        row.makingCharge = zero;
        row.profitValue = zero;
        row.stoneValue = zero;
        row.discount = discount;
        row.taxAmount = zero;
        row.lineTotal = zero;
        row.costAmount = zero;
        row.createdAt = support.now();
        return row;
    }

    private static ValidationException prefixed(ValidationException e, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        for (FieldError error : e.fieldErrors()) {
            errors.add(new FieldError(prefix + error.field(), error.rejectedValue(), error.message()));
        }
        return new ValidationException(errors);
    }

    private static List<LineRow> copies(List<LineRow> lines) {
        List<LineRow> copies = new ArrayList<>();
        for (LineRow line : lines) {
            copies.add(line.copy());
        }
        return copies;
    }

    /**
     * How an invoice is named in messages: its number, or its id while a draft.
     *
     * @param invoice the invoice
     * @return the label
     */
    static String label(InvoiceRow invoice) {
        return invoice.invoiceNumber != null ? invoice.invoiceNumber : invoice.id.toString();
    }

    /**
     * The refusal of a change made on an old version of an invoice.
     *
     * @param invoiceId the invoice
     * @param version the version the caller saw
     * @return the exception, to be thrown
     */
    static ConflictException stale(UUID invoiceId, long version) {
        return new ConflictException(ErrorCode.STALE_VERSION, "invoice " + invoiceId
                + " was changed by someone else (expected version " + version + "); read it again", null);
    }
}
