package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.InvoiceType;
import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of {@code invoices} as the sales area reads and writes it. {@code metalRates} is the
 * JSONB column as text.
 */
public final class InvoiceRow {
    public UUID id;
    public InvoiceType invoiceType;
    public String invoiceNumber;
    public String invoiceSeries;
    public Integer invoiceYear;
    public Long invoiceSequence;
    public UUID customerId;
    public InvoiceStatus status;
    public LocalDate invoiceDate;
    public String currency;
    public String metalRates;
    public Money subtotal;
    public Money discountTotal;
    public Money taxTotal;
    public Money total;
    public Money amountPaid;
    public Money amountCredited;
    public Money balanceDue;
    public String notes;
    public UUID originalInvoiceId;
    public UUID createdBy;
    public UUID issuedBy;
    public Instant issuedAt;
    public UUID voidedBy;
    public Instant voidedAt;
    public String voidReason;
    public UUID voidRequestedBy;
    public Instant voidRequestedAt;
    public String voidRequestReason;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;

    /**
     * A copy, to keep the state before a change for the audit trail.
     *
     * @return the copy
     */
    InvoiceRow copy() {
        InvoiceRow c = new InvoiceRow();
        c.id = id;
        c.invoiceType = invoiceType;
        c.invoiceNumber = invoiceNumber;
        c.invoiceSeries = invoiceSeries;
        c.invoiceYear = invoiceYear;
        c.invoiceSequence = invoiceSequence;
        c.customerId = customerId;
        c.status = status;
        c.invoiceDate = invoiceDate;
        c.currency = currency;
        c.metalRates = metalRates;
        c.subtotal = subtotal;
        c.discountTotal = discountTotal;
        c.taxTotal = taxTotal;
        c.total = total;
        c.amountPaid = amountPaid;
        c.amountCredited = amountCredited;
        c.balanceDue = balanceDue;
        c.notes = notes;
        c.originalInvoiceId = originalInvoiceId;
        c.createdBy = createdBy;
        c.issuedBy = issuedBy;
        c.issuedAt = issuedAt;
        c.voidedBy = voidedBy;
        c.voidedAt = voidedAt;
        c.voidReason = voidReason;
        c.voidRequestedBy = voidRequestedBy;
        c.voidRequestedAt = voidRequestedAt;
        c.voidRequestReason = voidRequestReason;
        c.createdAt = createdAt;
        c.updatedAt = updatedAt;
        c.version = version;
        return c;
    }
}
