package dev.goldshop.core.sales;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.value.Money;
import java.util.List;
import java.util.UUID;

/**
 * Payments against issued sales, and customers' store credit.
 *
 * <p>A payment call takes one or more tenders at once (split tender); several calls pay a sale
 * in parts. Each tender is recorded as one payment row and posted as one journal:
 * <pre>
 * Dr cash | card clearing | bank | cheques in hand | scrap inventory (old gold)
 *    | store credit liability (store credit)
 *    | loyalty liability (loyalty points)                amount
 *    Cr receivable                                      amount
 * </pre>
 * Tenders worth more than the balance due leave an overpayment, recorded as a refund row with
 * its own journal: kept as store credit for a registered customer ({@code Dr receivable, Cr
 * store credit liability}) or given back as change ({@code Dr receivable, Cr cash}; always so
 * for a walk-in). The sale's receivable therefore always equals its balance due.
 *
 * <p>Old gold is weighed, tested and valued at today's buy rate for its metal and purity less a
 * melting loss (see {@link Tender}); it goes into the scrap lot of its metal and purity at that
 * value. Store credit is taken from the customer's balance, which never goes below zero, also
 * when two payments use it at once; so are loyalty points. A registered customer's payment
 * earns loyalty points under the active programme (see {@link dev.goldshop.core.loyalty.Loyalty}).
 */
public interface Payments {
    /**
     * Takes a payment (see the class comment), idempotently by the request's key.
     *
     * @param ctx who calls; needs {@code payment:create}, and {@code loyalty:redeem} to pay with
     *     loyalty points
     * @param request the invoice, the tenders and the key
     * @return the receipt (for a retry, the original receipt)
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the request or a tender is
     *     invalid, store credit or loyalty points are offered for a walk-in or (together) above
     *     the balance due, or store credit is asked to keep a walk-in's overpayment
     * @throws dev.goldshop.core.error.NotFoundException if there is no such invoice
     * @throws dev.goldshop.core.error.ConflictException {@code IDEMPOTENCY_MISMATCH} if the key
     *     was used for a different request
     * @throws dev.goldshop.core.error.BusinessRuleException if the invoice is not an issued,
     *     unpaid or partly paid sale, the customer's store credit or points are too low, points
     *     are offered while the point value in settings is 0, or no buy rate is posted for the
     *     old gold's metal and purity
     */
    PaymentReceipt pay(CallContext ctx, PaymentRequest request);

    /**
     * The payments and refunds recorded against an invoice (a sale or a credit note), oldest
     * first.
     *
     * @param ctx who calls; needs {@code payment:read}
     * @param invoiceId the invoice
     * @return the payments
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if there is no such invoice
     */
    List<Payment> forInvoice(CallContext ctx, UUID invoiceId);

    /**
     * A customer's store credit balance.
     *
     * @param ctx who calls; needs {@code payment:read}
     * @param customerId the customer
     * @return the balance, zero if the customer never had credit
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if there is no such customer
     */
    Money storeCreditBalance(CallContext ctx, UUID customerId);

    /**
     * A customer's store credit movements, newest first, one keyset page at a time.
     *
     * @param ctx who calls; needs {@code payment:read}
     * @param customerId the customer
     * @param page the page to read
     * @return the page
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the page is missing or the cursor
     *     is not one this method returned
     * @throws dev.goldshop.core.error.NotFoundException if there is no such customer
     */
    Page<StoreCreditEntry> storeCreditHistory(CallContext ctx, UUID customerId, PageRequest page);
}
