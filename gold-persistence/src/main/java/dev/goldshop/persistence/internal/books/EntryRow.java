package dev.goldshop.persistence.internal.books;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of {@code accounting_entries}.
 *
 * @param id the entry
 * @param journalId its journal
 * @param entryDate the accounting date
 * @param accountCode the account
 * @param debit the debit, or zero
 * @param credit the credit, or zero
 * @param description what it is for
 * @param referenceType the kind of source document
 * @param referenceId the source document
 * @param createdBy who posted it, or null for the system
 * @param createdAt when
 */
public record EntryRow(UUID id, UUID journalId, LocalDate entryDate, String accountCode, BigDecimal debit,
        BigDecimal credit, String description, String referenceType, UUID referenceId, UUID createdBy,
        Instant createdAt) {
}
