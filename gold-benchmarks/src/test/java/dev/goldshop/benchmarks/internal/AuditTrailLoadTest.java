package dev.goldshop.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.audit.AuditQuery;
import dev.goldshop.core.audit.AuditTrail;
import dev.goldshop.core.audit.ChainVerification;
import dev.goldshop.core.page.PageRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail the benchmark loads with COPY, chained in Java, is a trail the SDK verifies,
 * and the SDK's own rows chain on after it: the Java hash is V5's hash and the heads were set.
 */
class AuditTrailLoadTest {
    private static final long ROWS = 20_011;

    @TempDir
    static Path dir;
    private static Bench bench;

    @BeforeAll
    static void start() throws Exception {
        bench = Bench.start(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        bench.close();
    }

    @Test
    void a_loaded_trail_verifies_and_the_sdks_rows_chain_on_after_it() throws Exception {
        AuditTrail trail = bench.shop().facade(AuditTrail.class);
        long before = Sql.number(bench.admin(), "SELECT count(*) FROM audit_logs");
        List<String> indexes = indexDefinitions();
        List<UUID> users = List.of(bench.owner().actor().userId());
        Instant start = Instant.parse("2026-01-01T00:00:00Z");

        new AuditTrailLoad(bench.admin(), null).load(ROWS,
                g -> AuditQueryScenario.row(g, users, start, ROWS, 1_000));

        assertThat(Sql.number(bench.admin(), "SELECT count(*) FROM audit_logs")).isEqualTo(before + ROWS);
        assertThat(indexDefinitions()).isEqualTo(indexes);
        ChainVerification loaded = trail.verify(bench.owner());
        assertThat(loaded.breaks()).isEmpty();
        assertThat(loaded.rowsChecked()).isEqualTo(before + ROWS);

        // Through the trigger: an audited read, then the verification's own row.
        trail.query(bench.owner(), AuditQuery.all(), PageRequest.first(5));
        ChainVerification after = trail.verify(bench.owner());
        assertThat(after.breaks()).isEmpty();
        assertThat(after.rowsChecked()).isEqualTo(before + ROWS + 2);
    }

    @Test
    void the_canonical_time_is_utc_to_the_microsecond_with_fixed_width_fields() {
        assertThat(AuditChainHash.utcMicros(Instant.parse("0999-03-04T05:06:07.000008Z")))
                .isEqualTo("0999-03-04T05:06:07.000008");
        assertThat(AuditChainHash.utcMicros(Instant.parse("2026-12-31T23:59:59.999999Z").truncatedTo(ChronoUnit.MICROS)))
                .isEqualTo("2026-12-31T23:59:59.999999");
    }

    private static List<String> indexDefinitions() {
        return Sql.column(bench.admin(), "SELECT pg_get_indexdef(indexrelid) FROM pg_index"
                + " WHERE indrelid = 'audit_logs'::regclass ORDER BY 1");
    }
}
