package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.catalog.StockMovement;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.InvoiceType;
import dev.goldshop.core.sales.OldGoldValuation;
import dev.goldshop.core.sales.Overpayment;
import dev.goldshop.core.sales.PaymentKind;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.PaymentReceipt;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.StoreCreditReason;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.settings.ShopSettings;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.loyalty.LoyaltyLedger;
import dev.goldshop.persistence.internal.mapper.InvoiceMapper;
import dev.goldshop.persistence.internal.mapper.PaymentMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes a payment call: claims its idempotency key, values the tenders, records one payment row
 * and one journal per tender (old gold into its scrap lot, store credit and loyalty points off
 * the customer's balances), settles an overpayment, earns loyalty points on the part paid
 * otherwise, and moves the invoice to partly paid or paid.
 *
 * <p>The invoice is locked, then the key claimed, with {@code INSERT ... ON CONFLICT DO NOTHING}
 * on {@code payment_requests}: a concurrent call with the same key waits on that row until this
 * transaction ends, then finds it taken and replays the stored outcome; had this transaction
 * rolled back, it claims the key itself. A replay changes nothing, so it ends its transaction
 * by rolling back (through {@link Replayed}) and writes no audit row.
 */
final class PaymentTaking {
    static final String RECEIVED = "payment.received";
    static final String COMPLETED = "completed";

    private final SalesSupport support;
    private final OldGoldValuer valuer;
    private final StoreCreditBook credit;
    private final LoyaltyLedger loyalty;
    private final Postings postings;

    PaymentTaking(SalesSupport support, OldGoldValuer valuer, StoreCreditBook credit, LoyaltyLedger loyalty,
            Postings postings) {
        this.support = support;
        this.valuer = valuer;
        this.credit = credit;
        this.loyalty = loyalty;
        this.postings = postings;
    }

    /** The outcome of an earlier call with the same key and request, found inside a transaction. */
    private static final class Replayed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient PaymentReceipt receipt;

        Replayed(PaymentReceipt receipt) {
            super("replayed", null, false, false);
            this.receipt = receipt;
        }
    }

    /**
     * Takes the payment; the caller has checked {@code payment:create}.
     *
     * @param ctx who calls
     * @param request the request
     * @return the receipt, or the original receipt of a retried request
     */
    PaymentReceipt pay(CallContext ctx, PaymentRequest request) {
        return pay(ctx, request, null);
    }

    /**
     * Claims a payment's idempotency key ahead of the payment, for a sale rung up at once: a
     * concurrent call with the same key then waits here, before it takes stock or a number, and
     * the key's claim is not among the statements made while the year's invoice counter is held.
     * The payment itself follows in the same transaction through {@link #pay(CallContext,
     * PaymentRequest, InvoiceRow)} with the invoice held.
     *
     * @param tx the transaction
     * @param ctx who calls
     * @param request the payment to come (its invoice exists in this transaction)
     * @return true if claimed; false if the key was taken meanwhile by a call that has committed
     */
    boolean claim(Tx tx, CallContext ctx, PaymentRequest request) {
        PaymentChecks.check(request, support.currency);
        return tx.mapper(PaymentMapper.class).claimRequest(request.idempotencyKey(), request.invoiceId(),
                PaymentChecks.fingerprint(request), SalesSupport.userOf(ctx), support.now()) == 1;
    }

    /**
     * Takes the payment of an invoice this call's transaction holds already (issued by it, in a
     * sale rung up at once, its key claimed by {@link #claim}), without reading and locking it
     * again, nor claiming the key: nobody else can see either yet.
     *
     * @param ctx who calls
     * @param request the request, for that invoice
     * @param held the invoice's row as this transaction stored it, with the key claimed; or null
     *     to lock the invoice from the database and claim the key
     * @return the receipt, or the original receipt of a retried request
     */
    PaymentReceipt pay(CallContext ctx, PaymentRequest request, InvoiceRow held) {
        try {
            return support.calls.writeAuthorized(ctx, tx -> take(tx, ctx, request, held));
        } catch (Replayed replayed) {
            return replayed.receipt;
        }
    }

    private Audited<PaymentReceipt> take(Tx tx, CallContext ctx, PaymentRequest request, InvoiceRow held) {
        PaymentChecks.check(request, support.currency);
        String key = request.idempotencyKey();
        String hash = PaymentChecks.fingerprint(request);
        PaymentMapper payments = tx.mapper(PaymentMapper.class);
        // The invoice is locked before the key is claimed: one read both proves it exists and
        // holds it, and payments of one invoice queue here whatever their keys.
        boolean heldAndClaimed = held != null && held.id.equals(request.invoiceId());
        InvoiceRow invoice = heldAndClaimed ? held : support.lockInvoice(tx, request.invoiceId());
        Instant now = support.now();
        if (!heldAndClaimed
                && payments.claimRequest(key, request.invoiceId(), hash, SalesSupport.userOf(ctx), now) == 0) {
            throw new Replayed(replay(tx, key, hash));
        }
        requirePayable(invoice);
        Overpayment treatment = treatment(invoice, request);
        ShopSettings settings = support.settings.current();

        List<Money> amounts = new ArrayList<>();
        List<OldGoldValuation> valuations = new ArrayList<>();
        List<Long> points = new ArrayList<>();
        Money tendered = support.zero();
        Money storeCredit = support.zero();
        Money paidWithPoints = support.zero();
        for (int i = 0; i < request.tenders().size(); i++) {
            Tender tender = request.tenders().get(i);
            OldGoldValuation valuation = null;
            Money amount = tender.amount();
            if (tender.method() == PaymentMethod.OLD_GOLD) {
                valuation = valuer.value(tender, settings);
                amount = valuation.value();
                if (!amount.isPositive()) {
                    throw ValidationException.of("tenders[" + i + "].weight", tender.weight(),
                            "is worth " + amount + " after the melting loss; nothing to take");
                }
            } else if (tender.method() == PaymentMethod.STORE_CREDIT) {
                storeCredit = storeCredit.plus(amount);
            } else if (tender.method() == PaymentMethod.LOYALTY_POINTS) {
                paidWithPoints = paidWithPoints.plus(amount);
            }
            points.add(tender.method() == PaymentMethod.LOYALTY_POINTS ? loyalty.pointsToPay(amount) : 0L);
            amounts.add(amount);
            valuations.add(valuation);
            tendered = tendered.plus(amount);
        }
        if (storeCredit.compareTo(invoice.balanceDue) > 0) {
            throw ValidationException.of("tenders", "store credit " + storeCredit,
                    "must not exceed the balance due " + invoice.balanceDue + " (store credit is never paid back)");
        }
        if (storeCredit.plus(paidWithPoints).compareTo(invoice.balanceDue) > 0) {
            throw ValidationException.of("tenders", "loyalty points " + paidWithPoints
                    + (storeCredit.isPositive() ? " with store credit " + storeCredit : ""), "must not exceed the"
                    + " balance due " + invoice.balanceDue + " (points and store credit are never paid back)");
        }
        Money applied = tendered.min(invoice.balanceDue);
        Money excess = tendered.minus(applied);

        InvoiceRow before = invoice.copy();
        LocalDate date = support.dateOf(now);
        String what = "invoice " + invoice.invoiceNumber;
        List<PaymentRow> written = new ArrayList<>();
        for (int i = 0; i < request.tenders().size(); i++) {
            Tender tender = request.tenders().get(i);
            PaymentRow row = row(invoice, ctx, key, key + "#" + (i + 1), PaymentKind.PAYMENT, tender.method(),
                    amounts.get(i), tender.reference() == null ? null : tender.reference().strip(), now);
            if (tender.method() == PaymentMethod.OLD_GOLD) {
                takeOldGold(tx, row, valuations.get(i), now);
                written.add(row);
            } else {
                if (tender.method() == PaymentMethod.LOYALTY_POINTS) {
                    row.details = "{\"points\": " + points.get(i) + "}";
                }
                payments.insert(row);
                written.add(row);
                if (tender.method() == PaymentMethod.STORE_CREDIT) {
                    credit.debit(tx, invoice.customerId, row.amount, invoice.id, row.id, SalesSupport.userOf(ctx));
                } else if (tender.method() == PaymentMethod.LOYALTY_POINTS) {
                    loyalty.redeem(tx, ctx, invoice.customerId, invoice.id, invoice.invoiceNumber, row.id,
                            row.idempotencyKey, points.get(i), row.amount);
                }
            }
            postings.payment(tx, ctx, date, row.id, tender.method(), row.amount, what);
        }
        Money change = support.zero();
        Money kept = support.zero();
        if (excess.isPositive()) {
            boolean keep = treatment == Overpayment.STORE_CREDIT;
            PaymentMethod method = keep ? PaymentMethod.STORE_CREDIT : PaymentMethod.CASH;
            PaymentRow refund = row(invoice, ctx, key, key + "#overpayment", PaymentKind.REFUND, method, excess, null,
                    now);
            refund.details = "{\"reason\": \"" + (keep ? "overpayment" : "change") + "\"}";
            payments.insert(refund);
            written.add(refund);
            postings.refund(tx, ctx, date, refund.id, method, excess, what);
            if (keep) {
                credit.credit(tx, invoice.customerId, excess, StoreCreditReason.OVERPAYMENT, invoice.id, refund.id,
                        SalesSupport.userOf(ctx));
                kept = excess;
            } else {
                change = excess;
            }
        }
        long earned = 0;
        if (invoice.customerId != null) {
            // Never on the part paid with points or store credit (both are within what is applied).
            earned = loyalty.earn(tx, ctx, invoice.customerId, invoice.id, invoice.invoiceNumber, key,
                    applied.minus(storeCredit).minus(paidWithPoints), invoice.total, invoice.taxTotal);
        }
        invoice.amountPaid = invoice.amountPaid.plus(applied);
        invoice.balanceDue = invoice.balanceDue.minus(applied);
        invoice.status = invoice.balanceDue.isZero() ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
        invoice.updatedAt = now;
        tx.mapper(InvoiceMapper.class).updateSettlement(invoice);
        invoice.version++;

        PaymentRequestRow outcome = new PaymentRequestRow();
        outcome.idempotencyKey = key;
        outcome.tendered = tendered;
        outcome.applied = applied;
        outcome.changeDue = change;
        outcome.storeCreditAdded = kept;
        outcome.balanceDueAfter = invoice.balanceDue;
        outcome.statusAfter = invoice.status;
        payments.completeRequest(outcome);

        PaymentReceipt receipt = receipt(tx, invoice, key, outcome, written);
        tx.publish(new DomainEvent(support.newId(), RECEIVED, SalesSupport.INVOICE, invoice.id, now,
                eventPayload(invoice, receipt)));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("idempotency_key", key);
        context.put("tendered", tendered.amount().toPlainString());
        context.put("applied", applied.amount().toPlainString());
        context.put("change_due", change.amount().toPlainString());
        context.put("store_credit_added", kept.amount().toPlainString());
        context.put("loyalty_points_earned", earned);
        return Audited.of(receipt, new AuditEvent("pay", SalesSupport.INVOICE, invoice.id,
                InvoiceViews.audit(before, null), InvoiceViews.audit(invoice, null), context));
    }

    /**
     * The old metal goes into its scrap lot at the value credited; the payment row names the lot.
     */
    private void takeOldGold(Tx tx, PaymentRow row, OldGoldValuation valuation, Instant now) {
        StockMovement received = support.stock.receiveScrap(tx, valuation.metal(), valuation.purity(),
                valuation.weight(), valuation.value(), Postings.PAYMENT, row.id);
        row.oldGoldItemId = received.itemId();
        tx.mapper(PaymentMapper.class).insert(row);
        OldGoldIntakeRow intake = new OldGoldIntakeRow();
        intake.id = support.newId();
        intake.paymentId = row.id;
        intake.metalType = valuation.metal();
        intake.purity = valuation.purity();
        intake.weight = valuation.weight();
        intake.buyRate = valuation.buyRate();
        intake.rateEffectiveFrom = valuation.rateEffectiveFrom();
        intake.meltingLossPercent = valuation.meltingLossPercent();
        intake.grossValue = valuation.grossValue();
        intake.meltingLossValue = valuation.meltingLoss();
        intake.value = valuation.value();
        intake.scrapItemId = received.itemId();
        intake.createdAt = now;
        tx.mapper(PaymentMapper.class).insertIntake(intake);
    }

    private static void requirePayable(InvoiceRow invoice) {
        String name = "Invoice " + Drafts.label(invoice);
        if (invoice.invoiceType == InvoiceType.CREDIT_NOTE) {
            throw new BusinessRuleException(name + " is a credit note; it is settled when the return is taken");
        }
        if (invoice.status == InvoiceStatus.DRAFT) {
            throw new BusinessRuleException(name + " is a draft; issue it before taking payment");
        }
        if (invoice.status != InvoiceStatus.ISSUED && invoice.status != InvoiceStatus.PARTIALLY_PAID) {
            throw new BusinessRuleException(name + " is " + invoice.status.code() + "; nothing is left to pay on it");
        }
    }

    private static Overpayment treatment(InvoiceRow invoice, PaymentRequest request) {
        boolean walkIn = invoice.customerId == null;
        if (walkIn) {
            for (int i = 0; i < request.tenders().size(); i++) {
                PaymentMethod method = request.tenders().get(i).method();
                if (method == PaymentMethod.STORE_CREDIT || method == PaymentMethod.LOYALTY_POINTS) {
                    throw ValidationException.of("tenders[" + i + "].method", method.code(),
                            "needs a registered customer; invoice " + invoice.invoiceNumber + " is a walk-in sale");
                }
            }
            if (request.overpayment() == Overpayment.STORE_CREDIT) {
                throw ValidationException.of("overpayment", Overpayment.STORE_CREDIT,
                        "a walk-in's overpayment is given back as change (CHANGE); store credit needs a customer");
            }
            return Overpayment.CHANGE;
        }
        return request.overpayment() == null ? Overpayment.STORE_CREDIT : request.overpayment();
    }

    private PaymentRow row(InvoiceRow invoice, CallContext ctx, String requestKey, String key, PaymentKind kind,
            PaymentMethod method, Money amount, String reference, Instant now) {
        PaymentRow row = new PaymentRow();
        row.id = support.newId();
        row.invoiceId = invoice.id;
        row.customerId = invoice.customerId;
        row.kind = kind;
        row.amount = amount;
        row.currency = support.currency.getCurrencyCode();
        row.method = method;
        row.reference = reference;
        row.status = COMPLETED;
        row.paidAt = now;
        row.receivedBy = SalesSupport.userOf(ctx);
        row.idempotencyKey = key;
        row.requestKey = requestKey;
        row.createdAt = now;
        return row;
    }

    /**
     * The original outcome of a key, if the request is the same one.
     */
    private PaymentReceipt replay(Tx tx, String key, String hash) {
        PaymentRequestRow earlier = tx.mapper(PaymentMapper.class).selectRequest(key);
        if (!earlier.requestHash.equals(hash)) {
            throw new ConflictException(ErrorCode.IDEMPOTENCY_MISMATCH, "idempotency key '" + key
                    + "' was already used for a different payment request (invoice " + earlier.invoiceId
                    + "); use a new key for a new payment", null);
        }
        InvoiceRow invoice = tx.mapper(InvoiceMapper.class).selectById(earlier.invoiceId);
        return receipt(tx, invoice, key, earlier, tx.mapper(PaymentMapper.class).selectByRequest(key));
    }

    /**
     * The receipt of a request from its payment rows: those just written (no need to read them
     * back) or those read for a replay, in the order the database sorts their ids, so that both
     * list them alike.
     */
    private PaymentReceipt receipt(Tx tx, InvoiceRow invoice, String key, PaymentRequestRow outcome,
            List<PaymentRow> requestRows) {
        List<PaymentRow> rows = new ArrayList<>(requestRows);
        // PostgreSQL orders uuids by their bytes, unsigned: the order of their lower-case text.
        rows.sort(Comparator.comparing((PaymentRow row) -> row.id.toString()));
        return new PaymentReceipt(invoice.id, invoice.invoiceNumber, key, PaymentViews.payments(tx, rows),
                outcome.tendered, outcome.applied, outcome.changeDue, outcome.storeCreditAdded,
                outcome.balanceDueAfter, outcome.statusAfter);
    }

    private static Map<String, Object> eventPayload(InvoiceRow invoice, PaymentReceipt receipt) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("invoice_number", invoice.invoiceNumber);
        payload.put("customer_id", invoice.customerId == null ? "" : invoice.customerId.toString());
        payload.put("applied", receipt.applied().amount().toPlainString());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var payment : receipt.payments()) {
            rows.add(Map.of("payment_id", payment.id().toString(), "kind", payment.kind().code(),
                    "method", payment.method().code(), "amount", payment.amount().amount().toPlainString()));
        }
        payload.put("payments", rows);
        return payload;
    }
}
