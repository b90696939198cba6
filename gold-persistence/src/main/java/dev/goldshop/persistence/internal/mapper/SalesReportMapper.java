package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.core.sales.InvoiceType;
import dev.goldshop.persistence.internal.sales.ReportRows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The queries of the day's sales summary (Z report). Read-only. */
public interface SalesReportMapper {
    /**
     * Sums over the standing sales (or the credit notes) dated a day.
     *
     * @param type sales or credit notes
     * @param day the invoice date
     * @return the sums (zero when there are none)
     */
    ReportRows.Totals selectTotals(@Param("type") InvoiceType type, @Param("day") LocalDate day);

    /**
     * Sales voided in a period.
     *
     * @param from start, inclusive
     * @param to end, exclusive
     * @return how many
     */
    int countVoids(@Param("from") Instant from, @Param("to") Instant to);

    /**
     * Payments received and refunds given per method in a period.
     *
     * @param from start, inclusive
     * @param to end, exclusive
     * @return one row per method that moved
     */
    List<ReportRows.MethodTakings> selectTakings(@Param("from") Instant from, @Param("to") Instant to);

    /**
     * Old gold taken per metal and purity in a period.
     *
     * @param from start, inclusive
     * @param to end, exclusive
     * @return one row per metal and purity
     */
    List<ReportRows.OldGold> selectOldGold(@Param("from") Instant from, @Param("to") Instant to);

    /**
     * Grams per metal and purity on the standing sales and the credit notes dated a day.
     *
     * @param day the invoice date
     * @return one row per document type, metal and purity
     */
    List<ReportRows.Grams> selectGrams(@Param("day") LocalDate day);
}
