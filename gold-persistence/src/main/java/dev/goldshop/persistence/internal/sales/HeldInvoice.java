package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.sales.Invoice;
import java.util.List;

/**
 * An invoice as the transaction that just wrote it holds it: its row and lines as stored, and
 * what the caller is shown. The next step of a sale rung up at once ({@link PointOfSaleService})
 * goes on from here instead of reading and locking the invoice again; nobody else can see the
 * rows before that transaction commits.
 *
 * @param row the invoice row as stored, version included
 * @param lines its lines
 * @param linesStored whether the lines are stored already; if not, the step that issues the
 *     invoice in the same transaction inserts them in their final form (prices frozen, cost taken),
 *     rather than inserting them here and updating them there
 * @param view the invoice as returned to the caller
 */
record HeldInvoice(InvoiceRow row, List<LineRow> lines, boolean linesStored, Invoice view) {
}
