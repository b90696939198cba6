package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.sales.Invoice;
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
 * {@link PointOfSale}: the steps of a sale in one transaction, with the rules, locks and audit
 * rows of the calls that own them: the draft created with all its lines at once (one audit row,
 * as {@link dev.goldshop.core.sales.Invoices#createDraft} plus one
 * {@link dev.goldshop.core.sales.Invoices#addLine} per line would check and price them), then
 * issued and paid as {@link dev.goldshop.core.sales.Invoices#issue} and {@link Payments#pay} do,
 * each step going on from the rows the previous one wrote instead of reading them again.
 */
final class PointOfSaleService implements PointOfSale {
    private final Calls calls;
    private final Drafts drafts;
    private final Issuing issuing;
    private final PaymentsService payments;
    private final InvoiceReads reads;

    PointOfSaleService(Calls calls, Drafts drafts, Issuing issuing, PaymentsService payments, InvoiceReads reads) {
        this.calls = calls;
        this.drafts = drafts;
        this.issuing = issuing;
        this.payments = payments;
        this.reads = reads;
    }

    @Override
    public Sale sell(CallContext ctx, SaleRequest request) {
        calls.authorize(ctx, Permissions.INVOICE_CREATE);
        calls.authorize(ctx, Permissions.INVOICE_ISSUE);
        calls.authorize(ctx, Permissions.PAYMENT_CREATE);
        validate(request);
        boolean[] sawEarlier = new boolean[1];
        try {
            return sellOnce(ctx, request, sawEarlier);
        } catch (ConflictException e) {
            if (e.code() != ErrorCode.IDEMPOTENCY_MISMATCH || sawEarlier[0] || calls.transactions().inTransactionNow()) {
                throw e;
            }
            // The same sale sent twice at once (a till retrying after a timeout): both rang it up,
            // this one found the key taken when it came to pay, and rolled back. Now the first has
            // committed, and a second look returns its sale, or refuses a different sale under the key.
            return sellOnce(ctx, request, sawEarlier);
        }
    }

    private Sale sellOnce(CallContext ctx, SaleRequest request, boolean[] sawEarlier) {
        return calls.transactions().inTransaction(tx -> {
            var earlier = tx.mapper(PaymentMapper.class).selectRequest(request.idempotencyKey());
            sawEarlier[0] = earlier != null;
            if (earlier != null) {
                // A retry: the payment call recognises its key (and refuses another payload).
                PaymentReceipt receipt = payments.pay(ctx, paymentOf(request, earlier.invoiceId));
                Invoice invoice = reads.get(tx, earlier.invoiceId).orElseThrow();
                return new Sale(invoice, receipt, true);
            }
            HeldInvoice draft = RefusedInside.guard(calls, ctx, () -> calls.write(ctx, Permissions.INVOICE_CREATE,
                    t -> drafts.createWithLines(t, ctx, request.customerId(), request.notes(), request.lines())));
            PaymentRequest payment = paymentOf(request, draft.row().id);
            if (!payments.claim(tx, ctx, payment)) {
                // The same sale, sent twice at once, committed first: roll back and look again.
                throw new ConflictException(ErrorCode.IDEMPOTENCY_MISMATCH, "idempotency key '"
                        + request.idempotencyKey() + "' was taken by a sale that committed meanwhile", null);
            }
            HeldInvoice issued = RefusedInside.guard(calls, ctx, () -> calls.write(ctx, Permissions.INVOICE_ISSUE,
                    t -> issuing.issueHeld(t, ctx, draft)));
            PaymentReceipt receipt = payments.pay(ctx, payment, issued.row());
            return new Sale(issued.view(), receipt, false);
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
