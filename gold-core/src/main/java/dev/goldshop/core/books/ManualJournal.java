package dev.goldshop.core.books;

import java.time.LocalDate;
import java.util.List;

/**
 * A journal an accountant posts by hand (opening balances, corrections, bank charges).
 *
 * @param entryDate the accounting date (not in the future)
 * @param description why it is posted (required)
 * @param lines at least two lines that balance
 */
public record ManualJournal(LocalDate entryDate, String description, List<JournalLine> lines) {
}
