package dev.goldshop.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.audit.ChainVerification;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long verify takes on 100,000 rows, logged rather than asserted (machines differ). The
 * rows go in through INSERT ... SELECT generate_series over plain JDBC, and the trigger chains
 * each of them, over the eight chains, as it does for the engine's own writes.
 */
@ExtendWith(PostgresExtension.class)
class AuditVerifyTimingTest {
    private static final Logger LOG = LoggerFactory.getLogger(AuditVerifyTimingTest.class);
    private static final int ROWS = 100_000;
    private static final int BATCH = 1_000;

    @Test
    void verify_walks_100000_chained_rows(TestDatabase db) throws Exception {
        try (AuditTestBed bed = AuditTestBed.open(db, null)) {
            long insertStart = System.nanoTime();
            try (Connection c = bed.db.connect(); Statement s = c.createStatement()) {
                // One INSERT ... SELECT per 1,000 rows, each its own transaction: every chained row
                // updates its chain's head, and within one transaction the head's row versions
                // cannot be pruned, so one statement of 100,000 rows takes minutes (see the report).
                for (int batch = 0; batch < ROWS / BATCH; batch++) {
                    s.executeUpdate("""
                            INSERT INTO audit_logs (id, action_type, resource_type, resource_id, old_data, new_data,
                                                    ip_address, user_agent, created_at, outcome, actor_name, chain_id)
                            SELECT gen_random_uuid(), 'update', 'customer', gen_random_uuid(),
                                   jsonb_build_object('phone', '+91 98' || g, 'tier', 'silver'),
                                   jsonb_build_object('phone', '+91 99' || g, 'tier', 'gold'),
                                   '192.0.2.10', 'Mozilla/5.0 (X11; Linux x86_64)',
                                   timestamptz '2026-01-01 00:00:00Z' + g * interval '10 milliseconds', 'success',
                                   'system:load', (g %% 8)::smallint
                              FROM generate_series(%d, %d) AS g
                            """.formatted(batch * BATCH + 1, (batch + 1) * BATCH));
                }
                s.execute("ANALYZE audit_logs");
            }
            long insertMillis = (System.nanoTime() - insertStart) / 1_000_000;
            CallContext system = CallContext.system("timing");

            long coldStart = System.nanoTime();
            ChainVerification cold = bed.trail.verify(system);
            long coldMillis = (System.nanoTime() - coldStart) / 1_000_000;
            long warmStart = System.nanoTime();
            ChainVerification warm = bed.trail.verify(system);
            long warmMillis = (System.nanoTime() - warmStart) / 1_000_000;

            LOG.info("audit verify timing: inserted {} chained rows in {} ms; verify checked {} rows in {} ms"
                    + " (first run) and {} rows in {} ms (second run)", ROWS, insertMillis, cold.rowsChecked(),
                    coldMillis, warm.rowsChecked(), warmMillis);
            assertThat(cold.ok()).isTrue();
            assertThat(cold.rowsChecked()).isEqualTo(ROWS);
            assertThat(warm.ok()).isTrue();
            assertThat(warm.rowsChecked()).isEqualTo(ROWS + 1);
        }
    }
}
