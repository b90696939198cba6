package dev.goldshop.core.sales;

import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A sale or a credit note, with its lines.
 *
 * <p>Totals are sums of the rounded lines: {@code subtotal} is the lines' value after their
 * discounts and before tax (what is posted as revenue), {@code discountTotal} the discounts it
 * already allows for, {@code taxTotal} the lines' tax, and {@code total = subtotal + taxTotal}.
 * What is left to pay is {@code balanceDue = total - amountPaid - amountCredited}, never
 * negative.
 *
 * <p>On a sale, {@code amountPaid} is what was received (cash, card, transfer, cheque, old gold
 * and store credit, less change given back and overpayment kept as store credit), and
 * {@code amountCredited} the part of its credit notes set against what was still owed. On a
 * credit note, {@code amountPaid} is what was refunded and {@code amountCredited} what was set
 * against the sale's balance; a credit note is settled when it is made, so its balance due is 0.
 *
 * <p>While the invoice is a draft its prices follow the current rates and settings: they are
 * recomputed whenever it is changed or read, and {@code rates} lists the rates in effect. Once
 * issued, prices and {@code rates} are those frozen at issue.
 *
 * @param id the invoice's id
 * @param type sale or credit note
 * @param number the number ({@code INV-2026-000001}), or {@code null} for a draft
 * @param status where it is in its life
 * @param customerId the customer, or {@code null} for a walk-in
 * @param invoiceDate the date it was issued (for a draft, the date it was started)
 * @param currency the currency of every amount
 * @param subtotal sum of the lines' subtotals
 * @param discountTotal sum of the lines' discounts
 * @param taxTotal sum of the lines' tax
 * @param total subtotal + tax
 * @param amountPaid received (or, on a credit note, refunded)
 * @param amountCredited settled by credit notes (or, on a credit note, set against the sale)
 * @param balanceDue still to pay
 * @param notes free text, or {@code null}
 * @param originalInvoiceId on a credit note, the sale it takes back; otherwise {@code null}
 * @param lines the lines, by line number
 * @param rates the metal rates the weight-priced lines use
 * @param createdBy who started it ({@code null} for the system)
 * @param issuedBy who issued it, or {@code null}
 * @param issuedAt when, or {@code null}
 * @param voidedBy who voided it (the approver, when the void was requested), or {@code null}
 * @param voidedAt when, or {@code null}
 * @param voidReason why, or {@code null}
 * @param pendingVoid a void requested and waiting for approval (or, once voided, the request
 *     that was approved); empty otherwise
 * @param createdAt when the row was created
 * @param updatedAt when it last changed
 * @param version the optimistic-locking version, to pass to calls that change the invoice
 */
public record Invoice(UUID id, InvoiceType type, String number, InvoiceStatus status, UUID customerId,
        LocalDate invoiceDate, Currency currency, Money subtotal, Money discountTotal, Money taxTotal, Money total,
        Money amountPaid, Money amountCredited, Money balanceDue, String notes, UUID originalInvoiceId,
        List<InvoiceLine> lines, List<RateUsed> rates, UUID createdBy, UUID issuedBy, Instant issuedAt,
        UUID voidedBy, Instant voidedAt, String voidReason, Optional<VoidRequest> pendingVoid, Instant createdAt,
        Instant updatedAt, long version) {

    /**
     * Copies the lists.
     */
    public Invoice {
        lines = List.copyOf(lines);
        rates = List.copyOf(rates);
        pendingVoid = pendingVoid == null ? Optional.empty() : pendingVoid;
    }

    /**
     * Whether this invoice has a customer on file (rather than a walk-in).
     *
     * @return true when {@code customerId} is set
     */
    public boolean registeredCustomer() {
        return customerId != null;
    }

    /**
     * A line by id.
     *
     * @param lineId the line's id
     * @return the line, or empty if it is not on this invoice
     */
    public Optional<InvoiceLine> line(UUID lineId) {
        return lines.stream().filter(l -> l.id().equals(lineId)).findFirst();
    }
}
