package dev.goldshop.persistence.internal.books;

import dev.goldshop.core.books.Journal;
import dev.goldshop.core.books.JournalLine;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.LedgerMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Posts journals inside the caller's transaction: the one way entries reach
 * {@code accounting_entries}. A journal is checked here (at least two lines, one currency,
 * known active accounts, debits equal credits) and again by the database's deferred trigger at
 * commit, so that an unbalanced journal can never be committed even by a bug in a caller.
 */
public final class Ledger {
    /** Reference type of a journal that reverses another; its reference id is the original. */
    public static final String REVERSAL = "reversal";

    private final Clock clock;
    private final IdGenerator ids;
    private final Currency currency;

    /**
     * Creates the ledger.
     *
     * @param clock the engine's clock
     * @param ids the engine's id generator
     * @param currency the currency of the books
     */
    public Ledger(Clock clock, IdGenerator ids, Currency currency) {
        this.clock = clock;
        this.ids = ids;
        this.currency = currency;
    }

    /**
     * Posts a balanced journal.
     *
     * @param tx the transaction of the business change it books
     * @param ctx who posts (the user is recorded as {@code created_by})
     * @param entryDate the accounting date
     * @param referenceType what it books
     * @param referenceId the source document, or null
     * @param lines the lines
     * @return the posted journal
     * @throws ValidationException if the lines do not form a balanced journal
     */
    public Journal post(Tx tx, CallContext ctx, LocalDate entryDate, String referenceType, UUID referenceId,
            List<JournalLine> lines) {
        LedgerMapper ledger = tx.mapper(LedgerMapper.class);
        boolean wellFormed = errors(lines, null).isEmpty();
        UUID journalId = ids.newId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID createdBy = ctx.actor().userId();
        List<EntryRow> entries = new ArrayList<>();
        for (JournalLine line : lines) {
            entries.add(new EntryRow(ids.newId(), journalId, entryDate, line.accountCode(), line.debit().amount(),
                    line.credit().amount(), line.description(), referenceType, referenceId, createdBy, now));
        }
        // The usual posting: balanced lines on active accounts, checked and written in one
        // statement. Otherwise the chart is read to say what is wrong, and nothing is written.
        if (!wellFormed || ledger.insertEntriesOnActiveAccounts(entries) == 0) {
            Map<String, AccountRow> chart = ledger.selectAccounts().stream()
                    .collect(Collectors.toMap(AccountRow::code, Function.identity()));
            List<FieldError> errors = errors(lines, chart);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            // An account was activated between the two statements: the chart now takes the lines.
            ledger.insertEntries(entries);
        }
        return new Journal(journalId, entryDate, referenceType, referenceId, lines, createdBy, now);
    }

    /**
     * Posts the reverse of a journal: every debit becomes a credit and back.
     *
     * @param tx the transaction
     * @param ctx who reverses
     * @param original the journal to reverse
     * @param entryDate the date of the reversal
     * @return the reversing journal
     */
    public Journal reverse(Tx tx, CallContext ctx, Journal original, LocalDate entryDate) {
        List<JournalLine> reversed = new ArrayList<>();
        for (JournalLine line : original.lines()) {
            reversed.add(new JournalLine(line.accountCode(), line.credit(), line.debit(),
                    line.description() == null ? "Reversal" : "Reversal: " + line.description()));
        }
        return post(tx, ctx, entryDate, REVERSAL, original.id(), reversed);
    }

    /**
     * Reads a journal back from its entries.
     *
     * @param entries the entries of one journal
     * @return the journal
     */
    public Journal toJournal(List<EntryRow> entries) {
        EntryRow first = entries.get(0);
        List<JournalLine> lines = new ArrayList<>();
        for (EntryRow e : entries) {
            lines.add(new JournalLine(e.accountCode(), Money.of(e.debit(), currency), Money.of(e.credit(), currency),
                    e.description()));
        }
        return new Journal(first.journalId(), first.entryDate(), first.referenceType(), first.referenceId(), lines,
                first.createdBy(), first.createdAt());
    }

    /**
     * The currency of the books.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * What is wrong with the lines; with no chart, only what needs none (currency, balance).
     *
     * @throws ValidationException at once if there are fewer than two lines
     */
    private List<FieldError> errors(List<JournalLine> lines, Map<String, AccountRow> accounts) {
        List<FieldError> errors = new ArrayList<>();
        if (lines == null || lines.size() < 2) {
            throw ValidationException.of("lines", lines == null ? null : lines.size() + " line(s)",
                    "a journal needs at least two lines");
        }
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            JournalLine line = lines.get(i);
            AccountRow account = accounts == null ? null : accounts.get(line.accountCode());
            if (accounts != null && account == null) {
                errors.add(new FieldError("lines[" + i + "].accountCode", line.accountCode(),
                        "is not an account of the chart; known codes: " + accounts.keySet().stream().sorted().toList()));
            } else if (account != null && !account.active()) {
                errors.add(new FieldError("lines[" + i + "].accountCode", line.accountCode(),
                        "is an inactive account; post to an active one"));
            }
            if (!line.debit().currency().equals(currency) || !line.credit().currency().equals(currency)) {
                errors.add(new FieldError("lines[" + i + "]", line.debit().currency().getCurrencyCode(),
                        "must be in the currency of the books, " + currency.getCurrencyCode()));
            }
            debits = debits.add(line.debit().amount());
            credits = credits.add(line.credit().amount());
        }
        if (debits.compareTo(credits) != 0) {
            errors.add(new FieldError("lines", "debits " + debits.toPlainString() + " / credits "
                    + credits.toPlainString(), "must balance: total debits must equal total credits"));
        }
        return errors;
    }
}
