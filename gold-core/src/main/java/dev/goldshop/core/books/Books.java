package dev.goldshop.core.books;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The shop's double-entry books: the chart of accounts, journals (posted by sales, payments,
 * returns and, by hand, by accountants), the trial balance and account ledgers. Journals always
 * balance to the cent — checked here and again by the database at commit — and are never
 * changed: a correction is a reversing journal.
 */
public interface Books {
    /**
     * The chart of accounts, by code.
     *
     * @param ctx who calls; needs {@code ledger:read}
     * @return every account
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    List<Account> chartOfAccounts(CallContext ctx);

    /**
     * One journal with its lines.
     *
     * @param ctx who calls; needs {@code ledger:read}
     * @param journalId the journal
     * @return the journal, or empty if there is none
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    Optional<Journal> journal(CallContext ctx, UUID journalId);

    /**
     * The journals that book one document (an invoice, a payment, a credit note), oldest first.
     *
     * @param ctx who calls; needs {@code ledger:read}
     * @param referenceType for example {@code invoice}
     * @param referenceId the document
     * @return its journals
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    List<Journal> journalsFor(CallContext ctx, String referenceType, UUID referenceId);

    /**
     * The trial balance up to and including a date.
     *
     * @param ctx who calls; needs {@code ledger:read}
     * @param asOf the last accounting date included
     * @return the trial balance
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if {@code asOf} is null
     */
    TrialBalance trialBalance(CallContext ctx, LocalDate asOf);

    /**
     * An account's entries between two dates with the running balance, oldest first, keyset paged.
     * The running balance includes everything before {@code from}.
     *
     * @param ctx who calls; needs {@code ledger:read}
     * @param accountCode the account
     * @param from the first date, inclusive
     * @param to the last date, inclusive
     * @param page which page
     * @return the page
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if the account does not exist
     * @throws dev.goldshop.core.error.ValidationException if the range is empty or a cursor is malformed
     */
    Page<LedgerLine> accountLedger(CallContext ctx, String accountCode, LocalDate from, LocalDate to,
            PageRequest page);

    /**
     * Posts a journal by hand.
     *
     * @param ctx who calls; needs {@code ledger:post}
     * @param journal the journal
     * @return the posted journal
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if it does not balance, has fewer than
     *     two lines, names an unknown or inactive account, mixes currencies, lacks a description or
     *     is dated in the future
     */
    Journal postManual(CallContext ctx, ManualJournal journal);

    /**
     * Posts the reverse of a journal (every debit becomes a credit and back), dated today.
     *
     * @param ctx who calls; needs {@code ledger:post}; {@code ctx.reason()} is required
     * @param journalId the journal to reverse
     * @return the reversing journal
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if there is no such journal
     * @throws dev.goldshop.core.error.ValidationException without a reason
     * @throws dev.goldshop.core.error.BusinessRuleException if it was already reversed
     */
    Journal reverse(CallContext ctx, UUID journalId);
}
