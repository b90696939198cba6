package dev.goldshop.persistence.books;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.books.Books;
import dev.goldshop.core.books.Journal;
import dev.goldshop.core.books.JournalLine;
import dev.goldshop.core.books.LedgerLine;
import dev.goldshop.core.books.ManualJournal;
import dev.goldshop.core.books.TrialBalance;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class BooksTest {
    private static final CallContext ACCOUNTANT = CallContext.system("books-test");
    private TestDatabase db;
    private GoldShop shop;
    private Books books;

    @BeforeEach
    void start(TestDatabase database) {
        // Books accumulate: each test gets its own freshly cloned database.
        db = database.createMigratedDatabase();
        shop = db.engineBuilder().build();
        books = shop.facade(Books.class);
    }

    @AfterEach
    void stop() {
        shop.close();
        db.drop();
    }

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), GoldShop.Builder.DEFAULT_CURRENCY);
    }

    private LocalDate today() {
        return LocalDate.now(shop.clock().withZone(ZoneOffset.UTC));
    }

    private Journal cashSale(String amount) {
        return books.postManual(ACCOUNTANT, new ManualJournal(today(), "till float", List.of(
                JournalLine.debit("1000", usd(amount), "cash in"),
                JournalLine.credit("3000", usd(amount), "owner's capital"))));
    }

    @Test
    void a_balanced_journal_is_posted_and_reads_back() {
        Journal posted = cashSale("250.00");
        Journal read = books.journal(ACCOUNTANT, posted.id()).orElseThrow();
        assertThat(read.lines()).hasSize(2);
        assertThat(read.lines().get(0).debit()).isEqualTo(usd("250.00"));
        assertThat(read.referenceType()).isEqualTo("manual");
        assertThat(books.journalsFor(ACCOUNTANT, "reversal", posted.id())).isEmpty();
    }

    @Test
    void an_unbalanced_journal_is_refused_and_nothing_is_written() throws Exception {
        long before = entryCount();
        assertThatThrownBy(() -> books.postManual(ACCOUNTANT, new ManualJournal(today(), "typo", List.of(
                JournalLine.debit("1000", usd("100.00"), null),
                JournalLine.credit("3000", usd("99.99"), null)))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("100.00").hasMessageContaining("99.99").hasMessageContaining("must balance");
        assertThatThrownBy(() -> books.postManual(ACCOUNTANT, new ManualJournal(today(), "unknown", List.of(
                JournalLine.debit("9999", usd("1.00"), null),
                JournalLine.credit("3000", usd("1.00"), null)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("9999");
        assertThatThrownBy(() -> books.postManual(ACCOUNTANT, new ManualJournal(today().plusDays(1), "future",
                List.of(JournalLine.debit("1000", usd("1.00"), null), JournalLine.credit("3000", usd("1.00"), null)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("entryDate");
        assertThatThrownBy(() -> books.postManual(ACCOUNTANT, new ManualJournal(today(), "  ",
                List.of(JournalLine.debit("1000", usd("1.00"), null), JournalLine.credit("3000", usd("1.00"), null)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("description");
        assertThat(entryCount()).isEqualTo(before);
    }

    @Test
    void the_database_itself_refuses_an_unbalanced_journal_at_commit() throws Exception {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO accounting_entries (journal_id, entry_date, account_code, debit, credit) "
                        + "VALUES (gen_random_uuid(), current_date, '1000', 5.00, 0)");
            }
            assertThatThrownBy(c::commit).hasMessageContaining("balance");
        }
    }

    @Test
    void the_trial_balance_balances_and_reports_each_account_in_its_normal_direction() {
        cashSale("1000.00");
        books.postManual(ACCOUNTANT, new ManualJournal(today(), "bank deposit", List.of(
                JournalLine.debit("1020", usd("400.00"), null),
                JournalLine.credit("1000", usd("400.00"), null))));
        TrialBalance tb = books.trialBalance(ACCOUNTANT, today());
        assertThat(tb.balanced()).isTrue();
        assertThat(balanceOf(tb, "1000")).isEqualTo(usd("600.00"));
        assertThat(balanceOf(tb, "1020")).isEqualTo(usd("400.00"));
        assertThat(balanceOf(tb, "3000")).isEqualTo(usd("1000.00"));
        assertThat(books.trialBalance(ACCOUNTANT, today().minusDays(1)).rows()).isEmpty();
    }

    @Test
    void an_account_ledger_pages_with_a_running_balance_that_carries_across_pages() {
        for (int i = 1; i <= 7; i++) {
            cashSale(i + ".00");
        }
        List<LedgerLine> all = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        while (true) {
            Page<LedgerLine> page = books.accountLedger(ACCOUNTANT, "1000", today(), today(), request);
            all.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
            request = PageRequest.after(page.nextCursor().get(), 3);
        }
        assertThat(all).hasSize(7);
        assertThat(all.get(6).runningBalance()).isEqualTo(usd("28.00"));
        assertThat(all.stream().map(l -> l.entryId()).distinct()).hasSize(7);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).runningBalance().minus(all.get(i - 1).runningBalance()))
                    .isEqualTo(all.get(i).debit().minus(all.get(i).credit()));
        }
        assertThatThrownBy(() -> books.accountLedger(ACCOUNTANT, "1000", today(), today(), PageRequest.after("%%", 3)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cursor");
        assertThatThrownBy(() -> books.accountLedger(ACCOUNTANT, "7777", today(), today(), PageRequest.first()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_journal_is_reversed_once_with_a_reason() {
        Journal original = cashSale("80.00");
        assertThatThrownBy(() -> books.reverse(ACCOUNTANT, original.id()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("reason");
        Journal reversal = books.reverse(ACCOUNTANT.withReason("posted twice"), original.id());
        assertThat(reversal.lines().get(0).credit()).isEqualTo(usd("80.00"));
        assertThat(balanceOf(books.trialBalance(ACCOUNTANT, today()), "1000")).isEqualTo(usd("0.00"));
        assertThatThrownBy(() -> books.reverse(ACCOUNTANT.withReason("again"), original.id()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already reversed");
    }

    @Test
    void entries_can_never_be_changed_after_posting() throws Exception {
        Journal posted = cashSale("10.00");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE accounting_entries SET debit = 11 WHERE journal_id = '"
                    + posted.id() + "' AND debit > 0")).hasMessageContaining("accounting");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM accounting_entries WHERE journal_id = '"
                    + posted.id() + "'")).hasMessageContaining("accounting");
        }
    }

    @Test
    void each_posting_writes_exactly_one_audit_row() throws Exception {
        long before = auditCount();
        cashSale("5.00");
        assertThat(auditCount()).isEqualTo(before + 1);
    }

    private static Money balanceOf(TrialBalance tb, String code) {
        return tb.rows().stream().filter(r -> r.account().code().equals(code)).findFirst().orElseThrow().balance();
    }

    private long entryCount() throws Exception {
        return count("SELECT count(*) FROM accounting_entries");
    }

    private long auditCount() throws Exception {
        return count("SELECT count(*) FROM audit_logs");
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
