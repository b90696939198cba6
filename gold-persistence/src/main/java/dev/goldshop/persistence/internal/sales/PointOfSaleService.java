package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.Invoices;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.sales.PaymentReceipt;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.Payments;
import dev.goldshop.core.sales.PointOfSale;
import dev.goldshop.core.sales.Sale;
import dev.goldshop.core.sales.SaleRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.PaymentMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link PointOfSale}: the four steps of a sale through the facades that own them, inside one
 * transaction that they join, so that their rules, locks and audit rows are exactly those of
 * the steps called one by one, with one commit instead of six.
 */
final class PointOfSaleService implements PointOfSale {
    private final Calls calls;
    private final Invoices invoices;
    private final Payments payments;
    private final InvoiceReads reads;

    PointOfSaleService(Calls calls, Invoices invoices, Payments payments, InvoiceReads reads) {
        this.calls = calls;
        this.invoices = invoices;
        this.payments = payments;
        this.reads = reads;
    }

    @Override
    public Sale sell(CallContext ctx, SaleRequest request) {
        calls.authorize(ctx, Permissions.INVOICE_CREATE);
        calls.authorize(ctx, Permissions.INVOICE_ISSUE);
        calls.authorize(ctx, Permissions.PAYMENT_CREATE);
        validate(request);
        return calls.transactions().inTransaction(tx -> {
            var earlier = tx.mapper(PaymentMapper.class).selectRequest(request.idempotencyKey());
            if (earlier != null) {
                // A retry: the payment call recognises its key (and refuses another payload).
                PaymentReceipt receipt = payments.pay(ctx, paymentOf(request, earlier.invoiceId));
                Invoice invoice = reads.get(tx, earlier.invoiceId).orElseThrow();
                return new Sale(invoice, receipt, true);
            }
            Invoice invoice = invoices.createDraft(ctx, request.customerId(), request.notes());
            for (NewLine line : request.lines()) {
                invoice = invoices.addLine(ctx, invoice.id(), line, invoice.version());
            }
            Invoice issued = invoices.issue(ctx, invoice.id(), invoice.version());
            PaymentReceipt receipt = payments.pay(ctx, paymentOf(request, issued.id()));
            return new Sale(issued, receipt, false);
        });
    }

    private static PaymentRequest paymentOf(SaleRequest request, java.util.UUID invoiceId) {
        return new PaymentRequest(invoiceId, request.tenders(), request.idempotencyKey(), request.overpayment());
    }

    private static void validate(SaleRequest request) {
        if (request == null) {
            throw ValidationException.of("request", null, "the sale: SaleRequest.of(customerId, key, lines, tenders...)");
        }
        List<FieldError> problems = new ArrayList<>();
        if (request.lines() == null || request.lines().isEmpty() || request.lines().contains(null)) {
            problems.add(new FieldError("lines", String.valueOf(request.lines()), "at least one line, none null"));
        }
        if (request.tenders() == null || request.tenders().isEmpty() || request.tenders().contains(null)) {
            problems.add(new FieldError("tenders", String.valueOf(request.tenders()), "at least one tender, none null"));
        }
        if (request.idempotencyKey() == null || request.idempotencyKey().isBlank()) {
            problems.add(new FieldError("idempotencyKey", request.idempotencyKey(),
                    "a key the caller keeps for retries, for example a UUID"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
