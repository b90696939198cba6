package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.books.Journal;
import dev.goldshop.core.books.JournalLine;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The journals of sales, posted through the books' ledger in the caller's transaction. Account
 * codes come from company settings by posting role. A line of zero is left out (an entry has one
 * positive side), and so is a journal with fewer than two lines left (a sale of nothing).
 *
 * <pre>
 * issue (reference invoice):        Dr receivable total; Cr sales revenue subtotal;
 *                                   Cr tax payable tax; Dr cost of goods sold, Cr inventory cost
 * void (reference invoice_void):    the mirror of the issue
 * payment (reference payment):      Dr the method's account, Cr receivable
 * refund (reference payment):       Dr receivable, Cr the method's account (loyalty liability for
 *                                   points given back on a return, store credit liability for
 *                                   store credit)
 * spent points kept from a refund (reference payment): Dr receivable, Cr loyalty expense
 * credit note (reference credit_note): Dr sales revenue, Dr tax payable, Cr receivable;
 *                                   Dr inventory, Cr cost of goods sold
 * </pre>
 */
final class Postings {
    static final String ISSUE = "invoice";
    static final String VOID = "invoice_void";
    static final String PAYMENT = "payment";
    static final String CREDIT_NOTE = "credit_note";

    private static final String RECEIVABLE = "receivable";
    private static final String REVENUE = "sales_revenue";
    private static final String TAX = "tax_payable";
    private static final String COGS = "cost_of_goods_sold";
    private static final String INVENTORY = "inventory";
    private static final String LOYALTY_EXPENSE = "loyalty_expense";

    private final SalesSupport support;

    Postings(SalesSupport support) {
        this.support = support;
    }

    /** The amounts of a sale (or of the part of it a credit note takes back) that are posted. */
    record SaleAmounts(Money subtotal, Money tax, Money total, Money cost) {
    }

    /**
     * Posts the issue of a sale.
     *
     * @param tx the transaction
     * @param ctx who issues
     * @param date the invoice date
     * @param invoiceId the sale
     * @param number its number, for the descriptions
     * @param amounts its amounts
     */
    void issue(Tx tx, CallContext ctx, LocalDate date, UUID invoiceId, String number, SaleAmounts amounts) {
        List<JournalLine> lines = new ArrayList<>();
        debit(lines, RECEIVABLE, amounts.total(), "Invoice " + number);
        credit(lines, REVENUE, amounts.subtotal(), "Sales, invoice " + number);
        credit(lines, TAX, amounts.tax(), "Tax, invoice " + number);
        debit(lines, COGS, amounts.cost(), "Cost of goods, invoice " + number);
        credit(lines, INVENTORY, amounts.cost(), "Goods sold, invoice " + number);
        post(tx, ctx, date, ISSUE, invoiceId, lines);
    }

    /**
     * Posts the mirror of a sale's issue when it is voided.
     *
     * @param tx the transaction
     * @param ctx who voids
     * @param date the date of the void
     * @param invoiceId the sale
     * @param number its number
     * @param amounts its amounts as issued
     */
    void voidIssue(Tx tx, CallContext ctx, LocalDate date, UUID invoiceId, String number, SaleAmounts amounts) {
        List<JournalLine> lines = new ArrayList<>();
        credit(lines, RECEIVABLE, amounts.total(), "Void of invoice " + number);
        debit(lines, REVENUE, amounts.subtotal(), "Void of invoice " + number);
        debit(lines, TAX, amounts.tax(), "Void of invoice " + number);
        credit(lines, COGS, amounts.cost(), "Void of invoice " + number);
        debit(lines, INVENTORY, amounts.cost(), "Goods back, void of invoice " + number);
        post(tx, ctx, date, VOID, invoiceId, lines);
    }

    /**
     * Posts a credit note: the returned share of the sale, reversed.
     *
     * @param tx the transaction
     * @param ctx who takes the return
     * @param date the credit note's date
     * @param creditNoteId the credit note
     * @param number its number
     * @param amounts the returned share
     */
    void creditNote(Tx tx, CallContext ctx, LocalDate date, UUID creditNoteId, String number, SaleAmounts amounts) {
        List<JournalLine> lines = new ArrayList<>();
        debit(lines, REVENUE, amounts.subtotal(), "Return, credit note " + number);
        debit(lines, TAX, amounts.tax(), "Tax returned, credit note " + number);
        credit(lines, RECEIVABLE, amounts.total(), "Credit note " + number);
        debit(lines, INVENTORY, amounts.cost(), "Goods back, credit note " + number);
        credit(lines, COGS, amounts.cost(), "Cost of goods returned, credit note " + number);
        post(tx, ctx, date, CREDIT_NOTE, creditNoteId, lines);
    }

    /**
     * Posts a payment received.
     *
     * @param tx the transaction
     * @param ctx who takes it
     * @param date the date
     * @param paymentId the payment row
     * @param method how it was paid
     * @param amount how much
     * @param what the document, for the descriptions
     */
    void payment(Tx tx, CallContext ctx, LocalDate date, UUID paymentId, PaymentMethod method, Money amount,
            String what) {
        List<JournalLine> lines = new ArrayList<>();
        debit(lines, role(method), amount, method.code() + " received, " + what);
        credit(lines, RECEIVABLE, amount, "Payment, " + what);
        post(tx, ctx, date, PAYMENT, paymentId, lines);
    }

    /**
     * Posts a refund given (of a return, or of an overpayment).
     *
     * @param tx the transaction
     * @param ctx who gives it
     * @param date the date
     * @param paymentId the refund row
     * @param method how it was given
     * @param amount how much
     * @param what the document, for the descriptions
     */
    void refund(Tx tx, CallContext ctx, LocalDate date, UUID paymentId, PaymentMethod method, Money amount,
            String what) {
        List<JournalLine> lines = new ArrayList<>();
        debit(lines, RECEIVABLE, amount, "Refund, " + what);
        credit(lines, role(method), amount, method.code() + " given back, " + what);
        post(tx, ctx, date, PAYMENT, paymentId, lines);
    }

    /**
     * Posts the value of loyalty points a return took back that the customer had already
     * spent, kept from the refund: the shop recovers what granting them cost.
     *
     * @param tx the transaction
     * @param ctx who takes the return
     * @param date the date
     * @param paymentId the refund row of method loyalty points
     * @param amount the value kept
     * @param what the document, for the descriptions
     */
    void keptForSpentPoints(Tx tx, CallContext ctx, LocalDate date, UUID paymentId, Money amount, String what) {
        List<JournalLine> lines = new ArrayList<>();
        debit(lines, RECEIVABLE, amount, "Spent loyalty points kept from the refund, " + what);
        credit(lines, LOYALTY_EXPENSE, amount, "Spent loyalty points taken back, " + what);
        post(tx, ctx, date, PAYMENT, paymentId, lines);
    }

    /**
     * The posting role of a payment method's account in company settings.
     *
     * @param method the method
     * @return the role, for example {@code card_clearing}
     */
    static String role(PaymentMethod method) {
        switch (method) {
            case CASH:
                return "cash";
            case CARD:
                return "card_clearing";
            case BANK_TRANSFER:
                return "bank";
            case CHEQUE:
                return "cheques";
            case OLD_GOLD:
                return "scrap_inventory";
            case STORE_CREDIT:
                return "store_credit_liability";
            case LOYALTY_POINTS:
                return "loyalty_liability";
            default:
                throw new IllegalArgumentException("no posting role for " + method);
        }
    }

    private void debit(List<JournalLine> lines, String role, Money amount, String description) {
        if (amount.isPositive()) {
            lines.add(JournalLine.debit(support.settings.accountCode(role), amount, description));
        }
    }

    private void credit(List<JournalLine> lines, String role, Money amount, String description) {
        if (amount.isPositive()) {
            lines.add(JournalLine.credit(support.settings.accountCode(role), amount, description));
        }
    }

    private Journal post(Tx tx, CallContext ctx, LocalDate date, String type, UUID reference, List<JournalLine> lines) {
        return lines.size() < 2 ? null : support.ledger.post(tx, ctx, date, type, reference, lines);
    }
}
