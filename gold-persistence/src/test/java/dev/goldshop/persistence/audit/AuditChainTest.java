package dev.goldshop.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.audit.ChainBreak;
import dev.goldshop.core.audit.ChainProblem;
import dev.goldshop.core.audit.ChainVerification;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.util.PSQLException;

/**
 * The hash chain: intact after concurrent writers, and every kind of tampering behind the
 * library's back found at the right place; the trail refuses changes through normal sessions.
 */
@ExtendWith(PostgresExtension.class)
class AuditChainTest {
    private AuditTestBed bed;
    private CallContext verifier;

    @BeforeEach
    void open(TestDatabase db) {
        bed = AuditTestBed.open(db, null);
        verifier = bed.user("verifier", Permissions.AUDIT_VERIFY);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    /** One audited call per transaction from several threads at once, so that rows spread over chains. */
    private void writeConcurrently(int threads, int callsEach) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            CallContext clerk = bed.user("clerk-" + t);
            done.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int i = 0; i < callsEach; i++) {
                    bed.record(clerk, AuditEvent.created("customer", UUID.randomUUID(), Map.of("i", i)));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<Void> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    /** A row in the middle of the busiest chain: its chain, sequence, id and time. */
    private record ChainRow(int chainId, long seq, UUID id, Instant createdAt) {
    }

    private ChainRow row(String where) throws SQLException {
        try (Connection c = bed.db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT chain_id, chain_seq, id, created_at FROM audit_logs " + where)) {
            assertThat(rs.next()).as(where).isTrue();
            return new ChainRow(rs.getInt(1), rs.getLong(2), rs.getObject(3, UUID.class),
                    rs.getObject(4, OffsetDateTime.class).toInstant());
        }
    }

    private ChainRow middleOfBusiestChain() throws SQLException {
        return row("WHERE (chain_id, chain_seq) = (SELECT chain_id, max(chain_seq) / 2 FROM audit_logs"
                + " GROUP BY chain_id ORDER BY count(*) DESC, chain_id LIMIT 1)");
    }

    @Test
    void an_intact_trail_written_by_concurrent_threads_verifies_over_several_chains() throws Exception {
        writeConcurrently(8, 40);
        long rows = bed.count("SELECT count(*) FROM audit_logs");

        ChainVerification result = bed.trail.verify(verifier);

        assertThat(bed.count("SELECT count(DISTINCT chain_id) FROM audit_logs")).isGreaterThanOrEqualTo(4);
        assertThat(result.ok()).isTrue();
        assertThat(result.breaks()).isEmpty();
        assertThat(result.firstBreak()).isEmpty();
        assertThat(result.rowsChecked()).isEqualTo(rows).isEqualTo(320);
        assertThat(result.chainsChecked()).isEqualTo(8);
        assertThat(bed.trail.verify(verifier).rowsChecked()).as("the first verify's own row is chained too")
                .isEqualTo(rows + 1);
    }

    @Test
    void the_verification_is_audited_with_its_result() throws Exception {
        writeConcurrently(2, 5);
        bed.trail.verify(verifier);
        ChainRow edited = middleOfBusiestChain();
        bed.tamper("UPDATE audit_logs SET new_data = '{\"i\": 999}' WHERE id = '" + edited.id() + "'");
        bed.trail.verify(verifier);

        assertThat(bed.count("SELECT count(*) FROM audit_logs WHERE action_type = 'verify' AND resource_type ="
                + " 'audit_log' AND outcome = 'success' AND user_id = '" + verifier.actor().userId() + "'"))
                .isEqualTo(2);
        assertThat(bed.count("SELECT count(*) FROM audit_logs WHERE action_type = 'verify'"
                + " AND additional_context @> '{\"ok\": true, \"rows\": 10, \"breaks\": 0}'")).isEqualTo(1);
        assertThat(bed.count("SELECT count(*) FROM audit_logs WHERE action_type = 'verify'"
                + " AND additional_context @> '{\"ok\": false, \"rows\": 11, \"breaks\": 1, \"first_break\":"
                + " {\"problem\": \"hash_mismatch\", \"row_id\": \"" + edited.id() + "\"}}'")).isEqualTo(1);
    }

    @Test
    void a_row_edited_behind_the_librarys_back_is_reported_as_a_hash_mismatch_at_that_row() throws Exception {
        writeConcurrently(4, 25);
        ChainRow edited = middleOfBusiestChain();
        bed.tamper("UPDATE audit_logs SET new_data = '{\"i\": 12345}' WHERE id = '" + edited.id() + "'");

        ChainVerification result = bed.trail.verify(verifier);

        assertThat(result.ok()).isFalse();
        assertThat(result.rowsChecked()).isEqualTo(100);
        assertThat(result.breaks()).hasSize(1);
        ChainBreak broken = result.firstBreak().orElseThrow();
        assertThat(broken.problem()).isEqualTo(ChainProblem.HASH_MISMATCH);
        assertThat(broken.problem().label()).isEqualTo("hash mismatch");
        assertThat(broken.rowId()).isEqualTo(edited.id());
        assertThat(broken.chainId()).isEqualTo(edited.chainId());
        assertThat(broken.sequence()).isEqualTo(edited.seq());
        assertThat(broken.createdAt()).isEqualTo(edited.createdAt());
        assertThat(broken.detail()).contains(edited.id().toString()).contains("changed");
    }

    @Test
    void a_row_removed_from_the_middle_of_a_chain_is_reported_at_the_row_after_it() throws Exception {
        writeConcurrently(4, 25);
        ChainRow removed = middleOfBusiestChain();
        ChainRow next = row("WHERE chain_id = " + removed.chainId() + " AND chain_seq = " + (removed.seq() + 1));
        bed.tamper("DELETE FROM audit_logs WHERE id = '" + removed.id() + "'");

        ChainVerification result = bed.trail.verify(verifier);

        assertThat(result.rowsChecked()).isEqualTo(99);
        assertThat(result.breaks()).hasSize(1);
        ChainBreak broken = result.firstBreak().orElseThrow();
        assertThat(broken.problem()).isEqualTo(ChainProblem.LINK_MISMATCH);
        assertThat(broken.chainId()).isEqualTo(removed.chainId());
        assertThat(broken.sequence()).isEqualTo(next.seq());
        assertThat(broken.rowId()).isEqualTo(next.id());
        assertThat(broken.createdAt()).isEqualTo(next.createdAt());
        assertThat(broken.detail()).contains("sequence " + (removed.seq() - 1)).contains("removed");
    }

    @Test
    void a_removed_row_whose_links_were_rewritten_is_reported_as_a_sequence_gap() throws Exception {
        writeConcurrently(4, 25);
        ChainRow removed = middleOfBusiestChain();
        ChainRow next = row("WHERE chain_id = " + removed.chainId() + " AND chain_seq = " + (removed.seq() + 1));
        // A careful intruder re-links the next row to the one before the removed row and re-hashes it.
        bed.tamper("DELETE FROM audit_logs WHERE id = '" + removed.id() + "'",
                "UPDATE audit_logs a SET prev_hash = p.hash FROM audit_logs p WHERE a.id = '" + next.id()
                        + "' AND p.chain_id = a.chain_id AND p.chain_seq = a.chain_seq - 2",
                "UPDATE audit_logs a SET hash = goldshop_audit_hash(a.prev_hash, a) WHERE a.id = '" + next.id() + "'");

        ChainBreak broken = bed.trail.verify(verifier).firstBreak().orElseThrow();

        assertThat(broken.problem()).isEqualTo(ChainProblem.SEQUENCE_GAP);
        assertThat(broken.chainId()).isEqualTo(removed.chainId());
        assertThat(broken.sequence()).isEqualTo(next.seq());
        assertThat(broken.rowId()).isEqualTo(next.id());
        assertThat(broken.detail()).contains("follows sequence " + (removed.seq() - 1));
    }

    @Test
    void a_removed_tail_is_reported_as_a_head_mismatch() throws Exception {
        writeConcurrently(4, 25);
        ChainRow last = row("WHERE (chain_id, chain_seq) = (SELECT chain_id, max(chain_seq) FROM audit_logs"
                + " GROUP BY chain_id ORDER BY count(*) DESC, chain_id LIMIT 1)");
        bed.tamper("DELETE FROM audit_logs WHERE id = '" + last.id() + "'");

        ChainVerification result = bed.trail.verify(verifier);

        assertThat(result.breaks()).hasSize(1);
        ChainBreak broken = result.firstBreak().orElseThrow();
        assertThat(broken.problem()).isEqualTo(ChainProblem.HEAD_MISMATCH);
        assertThat(broken.chainId()).isEqualTo(last.chainId());
        assertThat(broken.sequence()).isEqualTo(last.seq());
        assertThat(broken.rowId()).isNull();
        assertThat(broken.createdAt()).isNull();
        assertThat(broken.detail()).contains("records sequence " + last.seq())
                .contains("last row is sequence " + (last.seq() - 1));
    }

    @Test
    void a_row_inserted_with_the_trigger_disabled_is_reported_as_unchained() throws Exception {
        writeConcurrently(2, 5);
        UUID forged = UUID.randomUUID();
        bed.tamper("INSERT INTO audit_logs (id, action_type, resource_type, created_at, outcome) VALUES ('" + forged
                + "', 'login', 'session', now(), 'success')");

        ChainVerification result = bed.trail.verify(verifier);

        assertThat(result.rowsChecked()).isEqualTo(11);
        ChainBreak broken = result.firstBreak().orElseThrow();
        assertThat(broken.problem()).isEqualTo(ChainProblem.UNCHAINED_ROW);
        assertThat(broken.chainId()).isEqualTo(ChainBreak.NO_CHAIN);
        assertThat(broken.rowId()).isEqualTo(forged);
    }

    @Test
    void the_earliest_of_several_breaks_comes_first() throws Exception {
        writeConcurrently(6, 20);
        List<ChainRow> firstRows = new ArrayList<>();
        try (Connection c = bed.db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT chain_id, chain_seq, id, created_at FROM audit_logs"
                        + " WHERE chain_seq = 2 ORDER BY created_at DESC, id DESC LIMIT 2")) {
            while (rs.next()) {
                firstRows.add(new ChainRow(rs.getInt(1), rs.getLong(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, OffsetDateTime.class).toInstant()));
            }
        }
        assertThat(firstRows).hasSize(2);
        bed.tamper(firstRows.stream().map(r -> "UPDATE audit_logs SET action_type = 'x' WHERE id = '" + r.id() + "'")
                .toArray(String[]::new));

        ChainVerification result = bed.trail.verify(verifier);

        firstRows.sort(Comparator.comparing(ChainRow::createdAt).thenComparingInt(ChainRow::chainId));
        assertThat(result.breaks()).extracting(ChainBreak::rowId)
                .containsExactly(firstRows.get(0).id(), firstRows.get(1).id());
        assertThat(result.firstBreak().orElseThrow().rowId()).isEqualTo(firstRows.get(0).id());
    }

    @Test
    void update_delete_and_truncate_are_refused_through_the_engine_as_a_business_rule() throws Exception {
        writeConcurrently(1, 3);
        ChainRow target = row("LIMIT 1");
        for (String sql : List.of("UPDATE audit_logs SET action_type = 'x' WHERE id = '" + target.id() + "'",
                "DELETE FROM audit_logs WHERE id = '" + target.id() + "'", "TRUNCATE audit_logs")) {
            assertThatThrownBy(() -> bed.calls.transactions().inTransaction(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    return s.executeUpdate(sql);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            })).as(sql).isInstanceOf(BusinessRuleException.class).hasMessageContaining("append-only");
        }
        assertThat(bed.count("SELECT count(*) FROM audit_logs")).isEqualTo(3);
        assertThat(bed.trail.verify(verifier).ok()).isTrue();
    }

    @Test
    void update_delete_and_truncate_are_refused_through_plain_jdbc() throws Exception {
        writeConcurrently(1, 3);
        ChainRow target = row("LIMIT 1");
        try (Connection c = bed.db.connect()) {
            for (String sql : List.of("UPDATE audit_logs SET new_data = '{}' WHERE id = ?",
                    "DELETE FROM audit_logs WHERE id = ?")) {
                try (PreparedStatement change = c.prepareStatement(sql)) {
                    change.setObject(1, target.id());
                    assertThatThrownBy(change::executeUpdate).as(sql).isInstanceOf(PSQLException.class)
                            .satisfies(e -> assertThat(((PSQLException) e).getSQLState()).isEqualTo("P0001"));
                }
            }
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("TRUNCATE audit_logs")).isInstanceOf(PSQLException.class)
                        .satisfies(e -> assertThat(((PSQLException) e).getSQLState()).isEqualTo("P0001"));
            }
        }
        assertThat(bed.count("SELECT count(*) FROM audit_logs")).isEqualTo(3);
        assertThat(bed.trail.verify(verifier).ok()).isTrue();
    }
}
