package dev.goldshop.core.sales;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which invoices {@link Invoices#list} returns; every criterion is optional ({@code null}) and
 * they combine with AND.
 *
 * @param customerId only this customer's
 * @param type only sales or only credit notes
 * @param status only in this status
 * @param from invoice date on or after
 * @param to invoice date on or before
 */
public record InvoiceQuery(UUID customerId, InvoiceType type, InvoiceStatus status, LocalDate from, LocalDate to) {

    /**
     * Every invoice.
     *
     * @return the query with no criterion
     */
    public static InvoiceQuery all() {
        return new InvoiceQuery(null, null, null, null, null);
    }

    /**
     * One customer's invoices.
     *
     * @param customerId the customer
     * @return the query
     */
    public static InvoiceQuery ofCustomer(UUID customerId) {
        return new InvoiceQuery(customerId, null, null, null, null);
    }
}
