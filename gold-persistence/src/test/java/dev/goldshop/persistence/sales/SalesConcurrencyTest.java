package dev.goldshop.persistence.sales;

import static dev.goldshop.persistence.sales.SalesBed.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invariants 1 and 3 under real threads: gapless numbers while issues commit, roll back and
 * lose their connection; counted stock never below zero; a unique piece sold once.
 */
@ExtendWith(PostgresExtension.class)
class SalesConcurrencyTest {
    private SalesBed bed;

    @BeforeEach
    void start(TestDatabase database) {
        bed = SalesBed.fresh(database);
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    /** How one racing issue ends. */
    private enum Ending {
        COMMIT, ROLLBACK, KILLED
    }

    /**
     * 32 threads issue at once, each inside a transaction of its own connection (the host's), so
     * that the test decides how it ends: about one in five rolls back after taking its number,
     * about one in seven has its server process terminated (pg_terminate_backend) before it can
     * commit, the rest commit. The numbers of the invoices that committed are exactly 1..count.
     */
    @Test
    void thirty_two_threads_issuing_get_gapless_numbers_even_when_some_roll_back_or_die() throws Exception {
        int threads = 32;
        List<Invoice> drafts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Invoice draft = bed.invoices.createDraft(bed.cashier, null, null);
            drafts.add(bed.invoices.addLine(bed.cashier, draft.id(), NewLine.fixed("Repair " + i, usd("15.00"), 1,
                    null), draft.version()));
        }
        List<Object> outcomes = PaymentsTest.race(threads, i -> {
            Ending ending = i % 5 == 0 ? Ending.ROLLBACK : i % 7 == 3 ? Ending.KILLED : Ending.COMMIT;
            try (Connection c = bed.db.connect()) {
                c.setAutoCommit(false);
                Invoice issued = bed.shop.inHostTransaction(c, () -> bed.invoices.issue(bed.cashier,
                        drafts.get(i).id(), drafts.get(i).version()));
                switch (ending) {
                    case ROLLBACK:
                        c.rollback();
                        return ending;
                    case KILLED:
                        kill(c);
                        try {
                            c.commit();
                            return issued;
                        } catch (java.sql.SQLException e) {
                            return ending;
                        }
                    default:
                        c.commit();
                        return issued;
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        List<Invoice> committed = outcomes.stream().filter(o -> o instanceof Invoice).map(o -> (Invoice) o)
                .collect(Collectors.toList());
        assertThat(outcomes).filteredOn(o -> !(o instanceof Invoice)).allSatisfy(o ->
                assertThat(o).isIn(Ending.ROLLBACK, Ending.KILLED));
        assertThat(outcomes).filteredOn(o -> o == Ending.KILLED).isNotEmpty();
        assertThat(committed).hasSize(threads - 7 - (int) outcomes.stream().filter(o -> o == Ending.KILLED).count());
        List<Long> sequences = bed.strings("SELECT invoice_sequence FROM invoices WHERE status <> 'draft'"
                + " ORDER BY invoice_sequence").stream().map(Long::valueOf).collect(Collectors.toList());
        assertThat(sequences).containsExactlyElementsOf(LongStream.rangeClosed(1, committed.size()).boxed()
                .collect(Collectors.toList()));
        assertThat(committed).extracting(Invoice::number).doesNotHaveDuplicates();
        assertThat(bed.sale(bed.cashier, null, NewLine.fixed("Next", usd("1.00"), 1, null)).number())
                .isEqualTo(String.format("INV-2026-%06d", committed.size() + 1));
        bed.assertBooksBalance();
    }

    @Test
    void sixty_four_threads_racing_for_ten_units_sell_exactly_ten() throws Exception {
        Item coins = bed.coins("C-1", 10);
        List<Invoice> drafts = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            Invoice draft = bed.invoices.createDraft(bed.cashier, null, null);
            drafts.add(bed.invoices.addLine(bed.cashier, draft.id(), NewLine.item(coins.id(), 1, null),
                    draft.version()));
        }
        List<Object> outcomes = PaymentsTest.race(64, i -> bed.invoices.issue(bed.cashier, drafts.get(i).id(),
                drafts.get(i).version()));
        assertThat(outcomes).filteredOn(o -> o instanceof Invoice).hasSize(10);
        assertThat(outcomes).filteredOn(o -> !(o instanceof Invoice)).hasSize(54).allSatisfy(o ->
                assertThat(o).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                        assertThat(e.getMessage()).contains("insufficient stock")));
        assertThat(bed.quantityOf(coins.id())).isZero();
        assertThat(bed.number("SELECT sum(quantity_delta) FROM stock_movements WHERE item_id = ?", coins.id()))
                .isEqualByComparingTo("0");
        assertThat(bed.number("SELECT count(*) FROM stock_movements WHERE item_id = ? AND kind = 'sale'",
                coins.id())).isEqualByComparingTo("10");
        assertThat(bed.number("SELECT max(invoice_sequence) FROM invoices")).isEqualByComparingTo("10");
        bed.assertBooksBalance();
    }

    @Test
    void eight_threads_racing_for_one_unique_piece_sell_it_once() throws Exception {
        Item ring = bed.ring("R-1");
        List<Invoice> drafts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Invoice draft = bed.invoices.createDraft(bed.cashier, null, null);
            drafts.add(bed.invoices.addLine(bed.cashier, draft.id(), NewLine.item(ring.id(), 1, null),
                    draft.version()));
        }
        List<Object> outcomes = PaymentsTest.race(8, i -> bed.invoices.issue(bed.cashier, drafts.get(i).id(),
                drafts.get(i).version()));
        assertThat(outcomes).filteredOn(o -> o instanceof Invoice).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof Invoice)).hasSize(7).allSatisfy(o ->
                assertThat(o).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                        assertThat(e.getMessage()).contains("already sold")));
        assertThat(bed.number("SELECT count(*) FROM invoice_items WHERE sold_piece_id = ?", ring.id()))
                .isEqualByComparingTo("1");
        assertThat(bed.number("SELECT count(*) FROM stock_movements WHERE item_id = ? AND kind = 'sale'", ring.id()))
                .isEqualByComparingTo("1");
        bed.assertBooksBalance();
    }

    /** Terminates the server process behind a connection, from another connection, and waits until it is gone. */
    private void kill(Connection victim) throws java.sql.SQLException {
        int pid;
        try (Statement s = victim.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        try (Connection killer = bed.db.connect(); Statement s = killer.createStatement()) {
            s.execute("SELECT pg_terminate_backend(" + pid + ", 10000)");
        }
    }
}
