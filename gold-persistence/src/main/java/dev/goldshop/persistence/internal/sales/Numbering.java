package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.sales.InvoiceType;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.InvoiceMapper;
import java.time.Instant;

/**
 * Gapless numbers per series and year, taken from {@code invoice_counters} in the transaction of
 * the document that uses them: the counter row stays locked until that transaction ends, so
 * concurrent issuers queue on it, and a rollback gives the number back (a sequence would not:
 * {@code nextval} is never rolled back). Never a sequence.
 *
 * <p>The series is the document type ({@code sale}, {@code credit_note}); the prefix from company
 * settings is only printed, so changing it mid-year neither restarts nor repeats a number.
 */
final class Numbering {
    private static final int DIGITS = 6;

    private Numbering() {
    }

    /** A number taken: its series, year, sequence and printed form. */
    record Number(String series, int year, long sequence, String text) {
    }

    /**
     * Takes the next number of a document type for a year.
     *
     * @param tx the document's transaction
     * @param type the document type
     * @param prefix the printed prefix from company settings, such as {@code INV}
     * @param year the year of the document's date
     * @param now the time
     * @return the number
     */
    static Number next(Tx tx, InvoiceType type, String prefix, int year, Instant now) {
        InvoiceMapper invoices = tx.mapper(InvoiceMapper.class);
        String series = type.code();
        long sequence = invoices.takeNumber(series, year, now);
        return new Number(series, year, sequence, format(prefix, year, sequence));
    }

    /**
     * The printed number: prefix, year and the sequence padded to six digits
     * ({@code INV-2026-000042}); a seventh digit appears after 999,999.
     *
     * @param prefix the prefix
     * @param year the year
     * @param sequence the sequence
     * @return the number
     */
    static String format(String prefix, int year, long sequence) {
        String digits = Long.toString(sequence);
        StringBuilder text = new StringBuilder(prefix).append('-').append(year).append('-');
        for (int i = digits.length(); i < DIGITS; i++) {
            text.append('0');
        }
        return text.append(digits).toString();
    }
}
