package dev.goldshop.persistence.internal.books;

import dev.goldshop.core.books.Account;
import dev.goldshop.core.books.Books;
import dev.goldshop.core.books.Journal;
import dev.goldshop.core.books.LedgerLine;
import dev.goldshop.core.books.ManualJournal;
import dev.goldshop.core.books.TrialBalance;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.value.Money;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.LedgerMapper;
import dev.goldshop.persistence.internal.page.Cursors;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The books facade over the ledger. */
final class BooksService implements Books {
    private final Calls calls;
    private final Ledger ledger;

    BooksService(Calls calls, Ledger ledger) {
        this.calls = calls;
        this.ledger = ledger;
    }

    @Override
    public List<Account> chartOfAccounts(CallContext ctx) {
        return calls.read(ctx, Permissions.LEDGER_READ, tx -> tx.mapper(LedgerMapper.class).selectAccounts().stream()
                .map(BooksService::toAccount).toList());
    }

    @Override
    public Optional<Journal> journal(CallContext ctx, UUID journalId) {
        return calls.read(ctx, Permissions.LEDGER_READ, tx -> {
            List<EntryRow> entries = tx.mapper(LedgerMapper.class).selectJournal(journalId);
            return entries.isEmpty() ? Optional.empty() : Optional.of(ledger.toJournal(entries));
        });
    }

    @Override
    public List<Journal> journalsFor(CallContext ctx, String referenceType, UUID referenceId) {
        return calls.read(ctx, Permissions.LEDGER_READ, tx -> {
            Map<UUID, List<EntryRow>> byJournal = new LinkedHashMap<>();
            for (EntryRow e : tx.mapper(LedgerMapper.class).selectByReference(referenceType, referenceId)) {
                byJournal.computeIfAbsent(e.journalId(), k -> new ArrayList<>()).add(e);
            }
            return byJournal.values().stream().map(ledger::toJournal).toList();
        });
    }

    @Override
    public TrialBalance trialBalance(CallContext ctx, LocalDate asOf) {
        return calls.read(ctx, Permissions.LEDGER_READ, tx -> {
            if (asOf == null) {
                throw ValidationException.of("asOf", null, "is required: the last accounting date to include");
            }
            LedgerMapper mapper = tx.mapper(LedgerMapper.class);
            Map<String, AccountRow> accounts = mapper.selectAccounts().stream()
                    .collect(Collectors.toMap(AccountRow::code, Function.identity()));
            List<TrialBalance.Row> rows = new ArrayList<>();
            BigDecimal debits = BigDecimal.ZERO;
            BigDecimal credits = BigDecimal.ZERO;
            for (TrialBalanceRow row : mapper.selectTrialBalance(asOf)) {
                AccountRow account = accounts.get(row.code());
                BigDecimal signed = row.debit().subtract(row.credit());
                BigDecimal balance = account.type().debitNormal() ? signed : signed.negate();
                rows.add(new TrialBalance.Row(toAccount(account), money(row.debit()), money(row.credit()),
                        money(balance)));
                debits = debits.add(row.debit());
                credits = credits.add(row.credit());
            }
            rows.sort(Comparator.comparing(r -> r.account().code()));
            return new TrialBalance(asOf, rows, money(debits), money(credits));
        });
    }

    @Override
    public Page<LedgerLine> accountLedger(CallContext ctx, String accountCode, LocalDate from, LocalDate to,
            PageRequest page) {
        return calls.read(ctx, Permissions.LEDGER_READ, tx -> {
            if (from == null || to == null || from.isAfter(to)) {
                throw ValidationException.of("from", from + ".." + to, "must be a date range with from <= to");
            }
            PageRequest request = page == null ? PageRequest.first() : page;
            LedgerMapper mapper = tx.mapper(LedgerMapper.class);
            AccountRow account = mapper.selectAccounts().stream().filter(a -> a.code().equals(accountCode))
                    .findFirst().orElseThrow(() -> new NotFoundException("account", accountCode));
            LocalDate afterDate = null;
            Instant afterCreatedAt = null;
            UUID afterId = null;
            BigDecimal opening;
            if (request.cursor() != null) {
                List<String> parts = Cursors.decode(request.cursor(), 3);
                try {
                    afterDate = LocalDate.parse(parts.get(0));
                    afterCreatedAt = Instant.parse(parts.get(1));
                    afterId = UUID.fromString(parts.get(2));
                } catch (RuntimeException e) {
                    throw ValidationException.of("cursor", request.cursor(), "is not a cursor of this ledger");
                }
                opening = mapper.selectSignedSumBefore(accountCode, afterDate, afterCreatedAt, afterId);
            } else {
                opening = mapper.selectSignedSumBefore(accountCode, from, null, null);
            }
            List<EntryRow> rows = mapper.selectLedgerPage(accountCode, from, to, afterDate, afterCreatedAt, afterId,
                    request.limit() + 1);
            boolean more = rows.size() > request.limit();
            List<EntryRow> pageRows = more ? rows.subList(0, request.limit()) : rows;
            List<LedgerLine> lines = new ArrayList<>();
            BigDecimal running = opening;
            for (EntryRow e : pageRows) {
                running = running.add(e.debit()).subtract(e.credit());
                BigDecimal shown = account.type().debitNormal() ? running : running.negate();
                lines.add(new LedgerLine(e.id(), e.journalId(), e.entryDate(), e.description(), e.referenceType(),
                        e.referenceId(), money(e.debit()), money(e.credit()), money(shown), e.createdAt()));
            }
            Optional<String> next = Optional.empty();
            if (more) {
                EntryRow last = pageRows.get(pageRows.size() - 1);
                next = Optional.of(Cursors.encode(last.entryDate().toString(), last.createdAt().toString(),
                        last.id().toString()));
            }
            return new Page<>(lines, next);
        });
    }

    @Override
    public Journal postManual(CallContext ctx, ManualJournal journal) {
        return calls.write(ctx, Permissions.LEDGER_POST, tx -> {
            if (journal == null) {
                throw ValidationException.of("journal", null, "is required");
            }
            if (journal.description() == null || journal.description().isBlank()) {
                throw ValidationException.of("description", journal.description(),
                        "is required: say why the journal is posted");
            }
            LocalDate today = LocalDate.now(calls.clock());
            if (journal.entryDate() == null || journal.entryDate().isAfter(today)) {
                throw ValidationException.of("entryDate", journal.entryDate(), "must be a date up to today, " + today);
            }
            Journal posted = ledger.post(tx, ctx, journal.entryDate(), "manual", null, journal.lines());
            return Audited.of(posted, new AuditEvent("create", "journal", posted.id(), null, posted,
                    Map.of("description", journal.description())));
        });
    }

    @Override
    public Journal reverse(CallContext ctx, UUID journalId) {
        return calls.write(ctx, Permissions.LEDGER_POST, tx -> {
            if (ctx.reason() == null || ctx.reason().isBlank()) {
                throw ValidationException.of("reason", ctx.reason(), "is required to reverse a journal");
            }
            LedgerMapper mapper = tx.mapper(LedgerMapper.class);
            List<EntryRow> entries = mapper.selectJournal(journalId);
            if (entries.isEmpty()) {
                throw new NotFoundException("journal", journalId);
            }
            if (mapper.countReversals(journalId) > 0) {
                throw new BusinessRuleException(ErrorCode.BUSINESS_RULE,
                        "journal " + journalId + " was already reversed", null);
            }
            Journal reversal = ledger.reverse(tx, ctx, ledger.toJournal(entries), LocalDate.now(calls.clock()));
            return Audited.of(reversal, new AuditEvent("reverse", "journal", journalId, null, reversal, Map.of()));
        });
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, ledger.currency());
    }

    private static Account toAccount(AccountRow row) {
        return new Account(row.code(), row.name(), row.type(), row.active());
    }
}
