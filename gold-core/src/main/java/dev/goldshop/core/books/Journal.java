package dev.goldshop.core.books;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A posted journal: balanced lines that were booked together and are never changed.
 *
 * @param id the journal id
 * @param entryDate the accounting date
 * @param referenceType what it books, for example {@code invoice}, or {@code manual}
 * @param referenceId the invoice, payment or other source, or {@code null}
 * @param lines the lines, debits first
 * @param createdBy the user who posted it, or {@code null} for the system
 * @param createdAt when it was posted
 */
public record Journal(UUID id, LocalDate entryDate, String referenceType, UUID referenceId, List<JournalLine> lines,
        UUID createdBy, Instant createdAt) {
    /**
     * Copies the lines.
     */
    public Journal {
        lines = List.copyOf(lines);
    }
}
