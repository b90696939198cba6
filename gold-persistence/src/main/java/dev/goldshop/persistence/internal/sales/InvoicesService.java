package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceQuery;
import dev.goldshop.core.sales.Invoices;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.internal.call.Calls;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Invoices}: each method is one call through {@link Calls} (permission first, one
 * transaction, one audit row), with the work in {@link Drafts}, {@link Issuing}, {@link Voiding}
 * and {@link InvoiceReads}. Calls that can find a second refusal inside their transaction (a
 * discount over the limit, a self-approved void) run under {@link RefusedInside#guard}.
 */
final class InvoicesService implements Invoices {
    private final Calls calls;
    private final Drafts drafts;
    private final Issuing issuing;
    private final Voiding voiding;
    private final InvoiceReads reads;

    InvoicesService(Calls calls, Drafts drafts, Issuing issuing, Voiding voiding, InvoiceReads reads) {
        this.calls = calls;
        this.drafts = drafts;
        this.issuing = issuing;
        this.voiding = voiding;
        this.reads = reads;
    }

    @Override
    public Invoice createDraft(CallContext ctx, UUID customerId, String notes) {
        return calls.write(ctx, Permissions.INVOICE_CREATE, tx -> drafts.create(tx, ctx, customerId, notes));
    }

    @Override
    public Invoice addLine(CallContext ctx, UUID invoiceId, NewLine line, long version) {
        return RefusedInside.guard(calls, ctx, () -> calls.write(ctx, Permissions.INVOICE_CREATE,
                tx -> drafts.addLine(tx, ctx, invoiceId, line, version)));
    }

    @Override
    public Invoice removeLine(CallContext ctx, UUID invoiceId, UUID lineId, long version) {
        return calls.write(ctx, Permissions.INVOICE_CREATE, tx -> drafts.removeLine(tx, invoiceId, lineId, version));
    }

    @Override
    public void discardDraft(CallContext ctx, UUID invoiceId, long version) {
        calls.write(ctx, Permissions.INVOICE_CREATE, tx -> drafts.discard(tx, invoiceId, version));
    }

    @Override
    public Invoice issue(CallContext ctx, UUID invoiceId, long version) {
        return RefusedInside.guard(calls, ctx, () -> calls.write(ctx, Permissions.INVOICE_ISSUE,
                tx -> issuing.issue(tx, ctx, invoiceId, version)));
    }

    @Override
    public Invoice voidInvoice(CallContext ctx, UUID invoiceId, long version) {
        return calls.write(ctx, Permissions.INVOICE_VOID, tx -> voiding.voidNow(tx, ctx, invoiceId, version));
    }

    @Override
    public Invoice requestVoid(CallContext ctx, UUID invoiceId, long version) {
        return calls.write(ctx, Permissions.INVOICE_VOID, tx -> voiding.request(tx, ctx, invoiceId, version));
    }

    @Override
    public Invoice approveVoid(CallContext ctx, UUID invoiceId, long version) {
        return RefusedInside.guard(calls, ctx, () -> calls.write(ctx, Permissions.INVOICE_VOID,
                tx -> voiding.approve(tx, ctx, invoiceId, version)));
    }

    @Override
    public Optional<Invoice> get(CallContext ctx, UUID invoiceId) {
        return calls.read(ctx, Permissions.INVOICE_READ, tx -> reads.get(tx, invoiceId));
    }

    @Override
    public Page<Invoice> list(CallContext ctx, InvoiceQuery query, PageRequest page) {
        return calls.read(ctx, Permissions.INVOICE_READ, tx -> reads.list(tx, query, page));
    }
}
