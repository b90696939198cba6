package dev.goldshop.core.sales;

import dev.goldshop.core.value.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The day's sales summary (a Z report), for one date of the shop's calendar (its time zone).
 *
 * <p>Sales are the sales issued that day and not voided; returns the credit notes of that day
 * (whatever day the goods were sold); takings the payments and refunds recorded that day. Every
 * figure is read from the documents as they stand, so a sale voided later drops out of its
 * day's report.
 *
 * @param day the date
 * @param invoiceCount sales issued that day and standing
 * @param creditNoteCount credit notes made that day
 * @param voidCount sales voided that day
 * @param grossSales sum of the sales' totals, tax included
 * @param returns sum of the credit notes' totals, tax included
 * @param netSales grossSales - returns
 * @param netSalesExcludingTax sales' subtotals - credit notes' subtotals (the day's revenue)
 * @param discounts discounts given on the sales
 * @param tax tax on the sales less tax on the credit notes
 * @param averageTicket grossSales / invoiceCount, rounded half up (0 without sales)
 * @param takings per payment method that moved, in the order of {@link PaymentMethod}
 * @param totalTakings the sum of the takings' net amounts
 * @param oldGold old metal taken as payment, per metal and purity
 * @param grams metal sold and returned, per metal and purity
 */
public record ZReport(LocalDate day, int invoiceCount, int creditNoteCount, int voidCount, Money grossSales,
        Money returns, Money netSales, Money netSalesExcludingTax, Money discounts, Money tax, Money averageTicket,
        List<Takings> takings, Money totalTakings, List<OldGoldTaken> oldGold, List<GramsSold> grams) {

    /**
     * Copies the lists.
     */
    public ZReport {
        takings = List.copyOf(takings);
        oldGold = List.copyOf(oldGold);
        grams = List.copyOf(grams);
    }
}
