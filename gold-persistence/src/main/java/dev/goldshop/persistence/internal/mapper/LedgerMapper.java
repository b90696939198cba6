package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.persistence.internal.books.AccountRow;
import dev.goldshop.persistence.internal.books.EntryRow;
import dev.goldshop.persistence.internal.books.TrialBalanceRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** The chart of accounts and the ledger's entries. Entries are only ever inserted. */
public interface LedgerMapper {
    /**
     * Every account, by code.
     *
     * @return the accounts
     */
    List<AccountRow> selectAccounts();

    /**
     * Inserts the entries of one journal.
     *
     * @param entries the entries
     * @return rows inserted
     */
    int insertEntries(@Param("entries") List<EntryRow> entries);

    /**
     * Inserts the entries of one journal only if every account they name is an active account
     * of the chart, in one statement: the usual posting then needs no read of the chart first.
     *
     * @param entries the entries
     * @return rows inserted: all of them, or 0 if an account is unknown or inactive
     */
    int insertEntriesOnActiveAccounts(@Param("entries") List<EntryRow> entries);

    /**
     * The entries of one journal, debits first.
     *
     * @param journalId the journal
     * @return its entries
     */
    List<EntryRow> selectJournal(@Param("journalId") UUID journalId);

    /**
     * The entries of every journal booking one document, oldest journal first.
     *
     * @param referenceType the kind of document
     * @param referenceId the document
     * @return the entries
     */
    List<EntryRow> selectByReference(@Param("referenceType") String referenceType,
            @Param("referenceId") UUID referenceId);

    /**
     * Sums of debits and credits per account up to a date.
     *
     * @param asOf the last date included
     * @return one row per account with entries
     */
    List<TrialBalanceRow> selectTrialBalance(@Param("asOf") LocalDate asOf);

    /**
     * The signed sum (debit minus credit) of an account's entries before a position.
     *
     * @param accountCode the account
     * @param date entries before this date count, and on this date those before the position
     * @param createdAt the position's time, or null for the start of the date
     * @param id the position's entry id, or null
     * @return debit minus credit
     */
    BigDecimal selectSignedSumBefore(@Param("accountCode") String accountCode, @Param("date") LocalDate date,
            @Param("createdAt") Instant createdAt, @Param("id") UUID id);

    /**
     * A page of an account's entries in ledger order, after a position.
     *
     * @param accountCode the account
     * @param from the first date
     * @param to the last date
     * @param afterDate the cursor's date, or null for the first page
     * @param afterCreatedAt the cursor's time
     * @param afterId the cursor's entry
     * @param limit how many
     * @return the entries
     */
    List<EntryRow> selectLedgerPage(@Param("accountCode") String accountCode, @Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("afterDate") LocalDate afterDate,
            @Param("afterCreatedAt") Instant afterCreatedAt, @Param("afterId") UUID afterId,
            @Param("limit") int limit);

    /**
     * Whether a journal was already reversed.
     *
     * @param journalId the original journal
     * @return the number of reversing entries
     */
    int countReversals(@Param("journalId") UUID journalId);
}
