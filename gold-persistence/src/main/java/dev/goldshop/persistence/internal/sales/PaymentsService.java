package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.sales.Payment;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.PaymentReceipt;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.Payments;
import dev.goldshop.core.sales.StoreCreditEntry;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.InvoiceMapper;
import dev.goldshop.persistence.internal.mapper.PaymentMapper;
import dev.goldshop.persistence.internal.mapper.StoreCreditMapper;
import dev.goldshop.persistence.internal.page.Cursors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link Payments}: payments through {@link PaymentTaking}; reads of payments and store credit. */
final class PaymentsService implements Payments {
    private final Calls calls;
    private final PaymentTaking taking;
    private final SalesSupport support;

    PaymentsService(SalesSupport support, PaymentTaking taking) {
        this.calls = support.calls;
        this.taking = taking;
        this.support = support;
    }

    @Override
    public PaymentReceipt pay(CallContext ctx, PaymentRequest request) {
        return pay(ctx, request, null);
    }

    /**
     * Claims the key of a payment to come in this transaction ({@link PointOfSaleService}).
     *
     * @param tx the transaction
     * @param ctx who calls
     * @param request the payment to come
     * @return true if claimed, false if a committed call took the key meanwhile
     */
    boolean claim(Tx tx, CallContext ctx, PaymentRequest request) {
        return taking.claim(tx, ctx, request);
    }

    /**
     * {@link #pay} for an invoice the calling transaction holds already, its key claimed by
     * {@link #claim} ({@link PointOfSaleService}).
     *
     * @param ctx who calls
     * @param request the request
     * @param held the invoice's row as the transaction stored it, or null
     * @return the receipt
     */
    PaymentReceipt pay(CallContext ctx, PaymentRequest request, InvoiceRow held) {
        calls.authorize(ctx, Permissions.PAYMENT_CREATE);
        if (paysWithPoints(request)) {
            calls.authorize(ctx, Permissions.LOYALTY_REDEEM);
        }
        return taking.pay(ctx, request, held);
    }

    @Override
    public List<Payment> forInvoice(CallContext ctx, UUID invoiceId) {
        return calls.read(ctx, Permissions.PAYMENT_READ, tx -> {
            if (invoiceId == null || tx.mapper(InvoiceMapper.class).selectById(invoiceId) == null) {
                throw new NotFoundException(SalesSupport.INVOICE, invoiceId);
            }
            return PaymentViews.payments(tx, tx.mapper(PaymentMapper.class).selectByInvoice(invoiceId));
        });
    }

    @Override
    public Money storeCreditBalance(CallContext ctx, UUID customerId) {
        return calls.read(ctx, Permissions.PAYMENT_READ, tx -> {
            requireCustomer(tx, customerId);
            Money balance = tx.mapper(StoreCreditMapper.class).selectBalance(customerId);
            return balance == null ? support.zero() : balance;
        });
    }

    @Override
    public Page<StoreCreditEntry> storeCreditHistory(CallContext ctx, UUID customerId, PageRequest page) {
        return calls.read(ctx, Permissions.PAYMENT_READ, tx -> {
            if (page == null) {
                throw ValidationException.of("page", null, "is required: PageRequest.first() for the first page");
            }
            requireCustomer(tx, customerId);
            Instant afterAt = null;
            UUID afterId = null;
            if (page.cursor() != null) {
                List<String> parts = Cursors.decode(page.cursor(), 2);
                try {
                    afterAt = Instant.parse(parts.get(0));
                    afterId = UUID.fromString(parts.get(1));
                } catch (RuntimeException e) {
                    throw ValidationException.of("cursor", page.cursor(),
                            "is not a cursor of this list; pass the nextCursor of the previous page, or none");
                }
            }
            List<StoreCreditEntryRow> rows = tx.mapper(StoreCreditMapper.class).selectPage(customerId, afterAt,
                    afterId, page.limit() + 1);
            boolean more = rows.size() > page.limit();
            if (more) {
                rows = rows.subList(0, page.limit());
            }
            List<StoreCreditEntry> entries = new ArrayList<>();
            rows.forEach(r -> entries.add(PaymentViews.entry(r)));
            StoreCreditEntryRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            return new Page<>(entries, more ? Optional.of(Cursors.encode(last.createdAt.toString(),
                    last.id.toString())) : Optional.empty());
        });
    }

    private static boolean paysWithPoints(PaymentRequest request) {
        return request != null && request.tenders() != null && request.tenders().stream()
                .anyMatch(t -> t != null && t.method() == PaymentMethod.LOYALTY_POINTS);
    }

    private static void requireCustomer(Tx tx, UUID customerId) {
        if (customerId == null || tx.mapper(InvoiceMapper.class).selectCustomerState(customerId) == null) {
            throw new NotFoundException("customer", customerId);
        }
    }
}
