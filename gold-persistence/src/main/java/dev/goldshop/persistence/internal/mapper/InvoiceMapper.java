package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.InvoiceType;
import dev.goldshop.core.value.Money;
import dev.goldshop.persistence.internal.sales.CustomerStateRow;
import dev.goldshop.persistence.internal.sales.InvoiceRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/**
 * Invoices (sales and credit notes), their gapless counters, and the sales totals kept on the
 * customer row. Changes to an invoice the caller edits check and bump {@code version}; changes
 * made while the row is locked ({@link #selectForUpdate}) bump it without a check.
 */
public interface InvoiceMapper {
    /**
     * Inserts an invoice.
     *
     * @param row the invoice
     * @return rows inserted
     */
    int insert(@Param("row") InvoiceRow row);

    /**
     * An invoice.
     *
     * @param id the invoice
     * @return the row, or null
     */
    InvoiceRow selectById(@Param("id") UUID id);

    /**
     * An invoice, locked until the transaction ends: every change of an invoice's money or
     * status starts here, so that changes of one invoice queue.
     *
     * @param id the invoice
     * @return the row, or null
     */
    InvoiceRow selectForUpdate(@Param("id") UUID id);

    /**
     * A page of invoices, newest first (by id, which is time-ordered).
     *
     * @param customerId only this customer's, or null
     * @param type only this type, or null
     * @param status only this status, or null
     * @param from invoice date on or after, or null
     * @param to invoice date on or before, or null
     * @param afterId the last id of the previous page, or null
     * @param limit how many
     * @return the rows
     */
    List<InvoiceRow> selectPage(@Param("customerId") UUID customerId, @Param("type") InvoiceType type,
            @Param("status") InvoiceStatus status, @Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("afterId") UUID afterId, @Param("limit") int limit);

    /**
     * Stores a draft's repriced totals.
     *
     * @param row the draft with its new totals
     * @param version the version the caller saw
     * @return 1, or 0 if the version is stale or it is no longer a draft
     */
    int updateDraftTotals(@Param("row") InvoiceRow row, @Param("version") long version);

    /**
     * Issues a draft: number, date, frozen rates and totals, who and when.
     *
     * @param row the invoice as issued
     * @param version the version the caller saw
     * @return 1, or 0 if the version is stale or it is no longer a draft
     */
    int issue(@Param("row") InvoiceRow row, @Param("version") long version);

    /**
     * Stores what was paid and credited (the row is locked).
     *
     * @param row the invoice with its new amounts and status
     * @return rows updated
     */
    int updateSettlement(@Param("row") InvoiceRow row);

    /**
     * Records a requested void.
     *
     * @param row the invoice with the request
     * @param version the version the caller saw
     * @return 1, or 0 if the version is stale
     */
    int requestVoid(@Param("row") InvoiceRow row, @Param("version") long version);

    /**
     * Voids an issued invoice.
     *
     * @param row the invoice with who, when and why
     * @param version the version the caller saw
     * @return 1, or 0 if the version is stale
     */
    int voidInvoice(@Param("row") InvoiceRow row, @Param("version") long version);

    /**
     * Deletes a draft (its lines go with it).
     *
     * @param id the draft
     * @param version the version the caller saw
     * @return 1, or 0 if the version is stale or it is not a draft
     */
    int deleteDraft(@Param("id") UUID id, @Param("version") long version);

    /**
     * Takes the next number of a series and year in one statement, creating the year's counter
     * on its first number and locking it until the transaction ends (a rollback gives the
     * number back).
     *
     * @param series the series
     * @param year the year
     * @param now the time
     * @return the number taken
     */
    Long takeNumber(@Param("series") String series, @Param("year") int year, @Param("now") Instant now);

    /**
     * The credit notes of a sale.
     *
     * @param originalId the sale
     * @return how many
     */
    int countCreditNotes(@Param("originalId") UUID originalId);

    /**
     * Sales voided by a user in a period.
     *
     * @param userId the user
     * @param from start, inclusive
     * @param to end, exclusive
     * @return how many
     */
    int countVoidsBy(@Param("userId") UUID userId, @Param("from") Instant from, @Param("to") Instant to);

    /**
     * Credit notes made by a user in a period.
     *
     * @param userId the user
     * @param from start, inclusive
     * @param to end, exclusive
     * @return how many
     */
    int countCreditNotesBy(@Param("userId") UUID userId, @Param("from") Instant from, @Param("to") Instant to);

    /**
     * Whether a customer may buy.
     *
     * @param id the customer
     * @return the state, or null if there is no such customer
     */
    CustomerStateRow selectCustomerState(@Param("id") UUID id);

    /**
     * Adds an issued sale to the customer's totals.
     *
     * @param customerId the customer
     * @param amount the sale's total
     * @param at when it was issued
     * @return rows updated
     */
    int addPurchase(@Param("customerId") UUID customerId, @Param("amount") Money amount, @Param("at") Instant at);

    /**
     * Takes a voided sale out of the customer's totals; the last purchase becomes that of the
     * newest sale still standing (run after the invoice is marked voided).
     *
     * @param customerId the customer
     * @param amount the sale's total
     * @return rows updated
     */
    int removePurchase(@Param("customerId") UUID customerId, @Param("amount") Money amount);

    /**
     * Takes a return off the customer's lifetime spend.
     *
     * @param customerId the customer
     * @param amount the credit note's total
     * @return rows updated
     */
    int subtractSpend(@Param("customerId") UUID customerId, @Param("amount") Money amount);
}
