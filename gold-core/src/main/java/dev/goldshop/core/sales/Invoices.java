package dev.goldshop.core.sales;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Sales invoices: drafts (started, lines added and removed, discarded), issuing, voiding, and
 * reading. Payments are taken through {@link Payments}, returns through {@link Returns}.
 *
 * <p>Every method checks its permission before it looks at any other argument, validates its
 * input before anything is written (a {@link dev.goldshop.core.error.ValidationException} naming
 * the field, the value and what is accepted), runs in one transaction, and writes exactly one
 * audit row when it changes data. Calls that change an invoice take the version the caller last
 * saw and refuse a stale one with a {@link dev.goldshop.core.error.ConflictException}
 * ({@code STALE_VERSION}).
 *
 * <h2>Issuing</h2>
 * Issuing gives the invoice the next number of the year in its series (prefix from company
 * settings, {@code INV-2026-000001}; numbers are gapless, also under concurrent issuing, since
 * the number is taken in the issuing transaction and given back if it rolls back), freezes the
 * rates and every price component on the lines, takes the stock (a unique piece can be sold
 * once; counted stock never goes below zero), posts to the books
 * <pre>
 * Dr receivable            total
 *    Cr sales revenue      subtotal
 *    Cr tax payable        tax
 * Dr cost of goods sold    cost of the goods
 *    Cr inventory          cost of the goods
 * </pre>
 * and adds the total to the customer's lifetime spend.
 *
 * <h2>Voiding</h2>
 * An issued sale with no payment and no credit note can be voided, with a reason: its stock
 * comes back, the issue's postings are reversed by the mirror journal, and the customer's
 * lifetime spend and purchase count drop. Either in one step ({@link #voidInvoice}) or, where
 * the shop wants a second pair of eyes (SECURITY.md AZ-05), requested by one user
 * ({@link #requestVoid}) and carried out by another ({@link #approveVoid}). More than
 * {@value #VOIDS_PER_DAY_BEFORE_ALERT} voids by one user in a day raise an unusual-activity alert.
 */
public interface Invoices {
    /** Voids by one user in a day beyond which an unusual-activity alert is raised (once a day). */
    int VOIDS_PER_DAY_BEFORE_ALERT = 3;

    /**
     * Starts a draft invoice.
     *
     * @param ctx who calls; needs {@code invoice:create}
     * @param customerId the customer, or {@code null} for a walk-in
     * @param notes free text printed on the invoice, or {@code null} (at most 2,000 characters)
     * @return the draft, without lines
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the notes are too long
     * @throws dev.goldshop.core.error.NotFoundException if there is no such customer
     * @throws dev.goldshop.core.error.BusinessRuleException if the customer is deactivated or
     *     erased
     */
    Invoice createDraft(CallContext ctx, UUID customerId, String notes);

    /**
     * Adds a line to a draft and reprices every line at the current rates and settings. A
     * discount above the policy limit (company settings) needs {@code discount:override} as
     * well; when it is given, the line records who allowed it and an unusual-activity alert is
     * raised.
     *
     * @param ctx who calls; needs {@code invoice:create}
     * @param invoiceId the draft
     * @param line the line (see {@link NewLine} for the rules)
     * @param version the draft's version
     * @return the draft
     * @throws dev.goldshop.core.error.PermissionDeniedException without {@code invoice:create},
     *     or without {@code discount:override} for a discount above the limit
     * @throws dev.goldshop.core.error.ValidationException if the line is invalid
     * @throws dev.goldshop.core.error.NotFoundException if there is no such invoice or item
     * @throws dev.goldshop.core.error.ConflictException if the version is stale
     * @throws dev.goldshop.core.error.BusinessRuleException if the invoice is not a draft, the
     *     item is not for sale (sold, reserved, archived, a scrap lot, already on the draft, too
     *     few units), or no rate is posted for its metal and purity
     */
    Invoice addLine(CallContext ctx, UUID invoiceId, NewLine line, long version);

    /**
     * Removes a line from a draft, renumbers the others and reprices them.
     *
     * @param ctx who calls; needs {@code invoice:create}
     * @param invoiceId the draft
     * @param lineId the line
     * @param version the draft's version
     * @return the draft
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the line id is missing
     * @throws dev.goldshop.core.error.NotFoundException if there is no such invoice, or no
     *     such line on it
     * @throws dev.goldshop.core.error.ConflictException if the version is stale
     * @throws dev.goldshop.core.error.BusinessRuleException if the invoice is not a draft
     */
    Invoice removeLine(CallContext ctx, UUID invoiceId, UUID lineId, long version);

    /**
     * Deletes a draft with its lines (a draft is never voided: it was never a document).
     *
     * @param ctx who calls; needs {@code invoice:create}
     * @param invoiceId the draft
     * @param version the draft's version
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if there is no such invoice
     * @throws dev.goldshop.core.error.ConflictException if the version is stale
     * @throws dev.goldshop.core.error.BusinessRuleException if it is not a draft
     */
    void discardDraft(CallContext ctx, UUID invoiceId, long version);

    /**
     * Issues a draft (see "Issuing" above). A line whose discount is above the policy limit at
     * today's prices and was not allowed when it was added needs {@code discount:override}
     * from the issuer.
     *
     * @param ctx who calls; needs {@code invoice:issue}
     * @param invoiceId the draft
     * @param version the draft's version
     * @return the issued invoice
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if there is no such invoice
     * @throws dev.goldshop.core.error.ConflictException if the version is stale
     * @throws dev.goldshop.core.error.BusinessRuleException if it is not a draft, has no lines,
     *     its customer was deactivated, an item is no longer for sale ("already sold",
     *     "insufficient stock"), a rate is missing, or a line's discount now exceeds its value
     */
    Invoice issue(CallContext ctx, UUID invoiceId, long version);

    /**
     * Voids an issued sale in one step (see "Voiding" above).
     *
     * @param ctx who calls; needs {@code invoice:void}; {@code ctx.reason()} says why (1 to 500
     *     characters)
     * @param invoiceId the sale
     * @param version its version
     * @return the voided invoice
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException without a reason
     * @throws dev.goldshop.core.error.NotFoundException if there is no such invoice
     * @throws dev.goldshop.core.error.ConflictException if the version is stale
     * @throws dev.goldshop.core.error.BusinessRuleException if it is a draft, a credit note,
     *     already voided, paid in part or whole, or has credit notes
     */
    Invoice voidInvoice(CallContext ctx, UUID invoiceId, long version);

    /**
     * Asks for a void that another user must approve. A newer request replaces a pending one.
     * Nothing else changes until it is approved; a payment in the meantime makes the sale no
     * longer voidable.
     *
     * @param ctx who calls; needs {@code invoice:void}; {@code ctx.reason()} says why (1 to 500
     *     characters)
     * @param invoiceId the sale
     * @param version its version
     * @return the invoice with its {@link Invoice#pendingVoid()}
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException without a reason
     * @throws dev.goldshop.core.error.NotFoundException if there is no such invoice
     * @throws dev.goldshop.core.error.ConflictException if the version is stale
     * @throws dev.goldshop.core.error.BusinessRuleException if it could not be voided now
     */
    Invoice requestVoid(CallContext ctx, UUID invoiceId, long version);

    /**
     * Approves a requested void and carries it out, as {@link #voidInvoice} would, with the
     * request's reason. The approver must be another user than the one who asked.
     *
     * @param ctx who calls; needs {@code invoice:void}
     * @param invoiceId the sale
     * @param version its version (with the request)
     * @return the voided invoice
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission, or when
     *     the caller is the user who asked (self-approval)
     * @throws dev.goldshop.core.error.NotFoundException if there is no such invoice
     * @throws dev.goldshop.core.error.ConflictException if the version is stale
     * @throws dev.goldshop.core.error.BusinessRuleException if no void is requested, or it
     *     could not be voided now
     */
    Invoice approveVoid(CallContext ctx, UUID invoiceId, long version);

    /**
     * Reads an invoice with its lines; a draft is priced at the current rates.
     *
     * @param ctx who calls; needs {@code invoice:read}
     * @param invoiceId the invoice
     * @return the invoice, or empty if there is none with that id
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    Optional<Invoice> get(CallContext ctx, UUID invoiceId);

    /**
     * Lists invoices, newest first, one keyset page at a time.
     *
     * @param ctx who calls; needs {@code invoice:read}
     * @param query the criteria
     * @param page the page to read
     * @return the page
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the query or page is missing, the
     *     dates are upside down, or the cursor is not one this method returned
     */
    Page<Invoice> list(CallContext ctx, InvoiceQuery query, PageRequest page);
}
