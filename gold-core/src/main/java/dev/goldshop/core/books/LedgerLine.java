package dev.goldshop.core.books;

import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of an account's ledger with the account's running balance after it.
 *
 * @param entryId the entry
 * @param journalId its journal
 * @param entryDate the accounting date
 * @param description what it was for
 * @param referenceType what it books
 * @param referenceId the source document
 * @param debit the debit, or zero
 * @param credit the credit, or zero
 * @param runningBalance the balance after this entry, in the account's normal direction
 * @param createdAt when it was posted
 */
public record LedgerLine(UUID entryId, UUID journalId, LocalDate entryDate, String description, String referenceType,
        UUID referenceId, Money debit, Money credit, Money runningBalance, Instant createdAt) {
}
