package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.persistence.internal.sales.LineRow;
import dev.goldshop.persistence.internal.sales.SaleItemRow;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/**
 * Invoice lines, and what a sale reads of the inventory items it sells. Lines are changed only
 * while their invoice row is locked (or, for a draft, version-checked), so their own statements
 * carry no version.
 */
public interface InvoiceItemMapper {
    /**
     * An inventory item as a sale sees it.
     *
     * @param id the item
     * @return the row, or null
     */
    SaleItemRow selectSaleItem(@Param("id") UUID id);

    /**
     * The inventory items of several lines, as a sale sees them, in no particular order.
     *
     * @param ids the items, not empty
     * @return the rows found (an unknown id has none)
     */
    List<SaleItemRow> selectSaleItems(@Param("ids") java.util.Collection<UUID> ids);

    /**
     * Inserts several lines in one statement.
     *
     * @param rows the lines, not empty
     * @return rows inserted
     */
    int insertAll(@Param("rows") List<LineRow> rows);

    /**
     * Inserts a line.
     *
     * @param row the line
     * @return rows inserted
     */
    int insert(@Param("row") LineRow row);

    /**
     * The lines of an invoice, by line number.
     *
     * @param invoiceId the invoice
     * @return the lines
     */
    List<LineRow> selectByInvoice(@Param("invoiceId") UUID invoiceId);

    /**
     * The lines of several invoices, by invoice and line number.
     *
     * @param invoiceIds the invoices (at least one)
     * @return the lines
     */
    List<LineRow> selectByInvoices(@Param("invoiceIds") Collection<UUID> invoiceIds);

    /**
     * Stores the prices of several lines of one invoice in one statement (a draft reprices every
     * line on each change, and issuing freezes them all: one round trip instead of one per line).
     *
     * @param rows the lines, not empty
     * @param sold whether to store each line's cost and claim on its piece too (issuing)
     * @return the number of lines updated
     */
    int updateLines(@Param("rows") List<LineRow> rows, @Param("sold") boolean sold);

    /**
     * Deletes a draft's line.
     *
     * @param invoiceId the draft
     * @param id the line
     * @return 1, or 0 if there is no such line on the draft
     */
    int delete(@Param("invoiceId") UUID invoiceId, @Param("id") UUID id);

    /**
     * Numbers an invoice's lines 1, 2, 3 ... in their current order.
     *
     * @param invoiceId the invoice
     * @return rows updated
     */
    int renumber(@Param("invoiceId") UUID invoiceId);

    /**
     * Drops the claims of a voided invoice's lines on their pieces.
     *
     * @param invoiceId the invoice
     * @return rows updated
     */
    int releasePieces(@Param("invoiceId") UUID invoiceId);

    /**
     * Counts units of a sale line as returned, never beyond what was sold; the line's claim on
     * its piece ends once every unit is back.
     *
     * @param id the sale line
     * @param quantity units returned now
     * @return 1, or 0 if that would return more than was sold
     */
    int addReturned(@Param("id") UUID id, @Param("quantity") int quantity);
}
