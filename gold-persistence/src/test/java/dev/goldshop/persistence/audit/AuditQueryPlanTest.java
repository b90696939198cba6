package dev.goldshop.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goldshop.core.audit.AuditOutcome;
import dev.goldshop.persistence.internal.audit.AuditSearch;
import dev.goldshop.persistence.internal.mapper.AuditQueryMapper;
import dev.goldshop.persistence.internal.mybatis.MyBatisFactory;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each filter of the trail can be read as an index range in page order: the plans of the
 * mapper's own statements, with their real parameters, on 20,000 rows, show the expected index,
 * no sort and no sequential scan, on the first page and on a page after a cursor. The statements come
 * from the engine's mapper XML through MyBatis, so the test follows any change to them.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditQueryPlanTest {
    private static final String MAPPER = AuditQueryMapper.class.getName();
    private static final Instant CURSOR_AT = Instant.parse("2026-05-04T12:00:00Z");

    private AuditTestBed bed;
    private Configuration mybatis;
    private UUID user;
    private UUID resource;

    @BeforeAll
    void fill(TestDatabase db) throws Exception {
        bed = AuditTestBed.open(db, null);
        user = bed.user("clerk-0").actor().userId();
        resource = UUID.randomUUID();
        List<UUID> others = new ArrayList<>();
        for (int i = 1; i < 20; i++) {
            others.add(bed.user("clerk-" + i).actor().userId());
        }
        // Each single filter matches 1 row in 100, as filters that are worth an index do; rows are spread over one second each, in time order.
        try (Connection c = bed.db.connect(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO audit_logs (id, user_id, action_type, resource_type, resource_id, created_at, outcome,
                                        actor_name)
                SELECT gen_random_uuid(),
                       CASE WHEN g % 100 = 0 THEN ?::uuid ELSE (?::uuid[])[1 + g % 19] END,
                       'action_' || (g % 100), 'type_' || (g % 100),
                       CASE WHEN g % 100 = 50 THEN ?::uuid WHEN g % 3 = 0 THEN NULL ELSE gen_random_uuid() END,
                       timestamptz '2026-05-04 08:00:00Z' + g * interval '1 second',
                       CASE WHEN g % 100 = 1 THEN 'denied' WHEN g % 100 = 2 THEN 'failure' ELSE 'success' END,
                       'clerk'
                  FROM generate_series(?, ? + 999) AS g
                """)) {
            // Batches of 1,000, each its own transaction: the chaining trigger rewrites a chain
            // head per row, which gets slow when one transaction inserts many thousands.
            for (int first = 1; first <= 20_000; first += 1_000) {
                insert.setObject(1, user);
                insert.setArray(2, c.createArrayOf("uuid", others.toArray()));
                insert.setObject(3, resource);
                insert.setInt(4, first);
                insert.setInt(5, first);
                insert.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE audit_logs");
            }
        }
        mybatis = MyBatisFactory.newConfiguration(bed.db.dataSource(), new ObjectMapper(),
                () -> Currency.getInstance("USD"));
        mybatis.addMapper(AuditQueryMapper.class);
    }

    @AfterAll
    void close() {
        bed.close();
    }

    private static AuditSearch search(UUID userId, String type, UUID resourceId, String action, AuditOutcome outcome,
            Instant from, Instant to, boolean afterCursor) {
        return new AuditSearch(userId, type, resourceId, action, outcome, from, to,
                afterCursor ? CURSOR_AT : null, afterCursor ? UUID.fromString("ffffffff-ffff-7fff-bfff-ffffffffffff")
                        : null, 51);
    }

    private String plan(String statement, AuditSearch search) throws Exception {
        MappedStatement mapped = mybatis.getMappedStatement(MAPPER + "." + statement);
        BoundSql sql = mapped.getBoundSql(search);
        assertThat(sql.getSql()).doesNotContainIgnoringCase("offset");
        StringBuilder plan = new StringBuilder();
        try (Connection c = bed.db.connect(); PreparedStatement explain = c.prepareStatement("EXPLAIN " + sql.getSql())) {
            try (Statement s = c.createStatement()) {
                // Not "which plan is cheapest for 20,000 rows" (a bitmap scan and a sort of a few
                // hundred rows often is) but "is there an index that delivers the page in order":
                // with sorting and other scans priced out, a Sort left in the plan means there is none.
                s.execute("SET enable_seqscan = off");
                s.execute("SET enable_bitmapscan = off");
                s.execute("SET enable_sort = off");
                s.execute("SET enable_incremental_sort = off");
            }
            new DefaultParameterHandler(mapped, search, sql).setParameters(explain);
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    private void assertServedBy(Set<String> indexes, String statement, AuditSearch search) throws Exception {
        String plan = plan(statement, search);
        assertThat(indexes).as(plan).anyMatch(index -> plan.contains(" using " + index + " "));
        assertThat(plan).doesNotContain("Sort").doesNotContain("Seq Scan");
    }

    private void assertServedBy(String index, String statement, AuditSearch search) throws Exception {
        assertServedBy(Set.of(index), statement, search);
    }

    @Test
    void each_filter_is_read_from_its_index_in_page_order_without_sorting() throws Exception {
        Instant from = Instant.parse("2026-05-04T09:00:00Z");
        Instant to = Instant.parse("2026-05-04T09:10:00Z");
        for (boolean afterCursor : new boolean[] {false, true}) {
            assertServedBy("idx_audit_logs_created", "selectPage",
                    search(null, null, null, null, null, null, null, afterCursor));
            assertServedBy("idx_audit_logs_user_created", "selectPage",
                    search(user, null, null, null, null, null, null, afterCursor));
            assertServedBy("idx_audit_logs_type_created", "selectPage",
                    search(null, "type_7", null, null, null, null, null, afterCursor));
            assertServedBy("idx_audit_logs_resource_id_created", "selectPage",
                    search(null, null, resource, null, null, null, null, afterCursor));
            assertServedBy("idx_audit_logs_action_created", "selectPage",
                    search(null, null, null, "action_3", null, null, null, afterCursor));
            assertServedBy("idx_audit_logs_outcome_created", "selectPage",
                    search(null, null, null, null, AuditOutcome.DENIED, null, null, afterCursor));
            assertServedBy("idx_audit_logs_created", "selectPage",
                    search(null, null, null, null, null, from, to, afterCursor));
            assertServedBy(Set.of("idx_audit_logs_resource_created", "idx_audit_logs_resource_id_created"),
                    "selectHistoryPage", search(null, "type_50", resource, null, null, null, null, afterCursor));
        }
    }

    @Test
    void combined_filters_are_read_in_order_from_the_index_of_one_of_them() throws Exception {
        Set<String> indexes = Set.of("idx_audit_logs_user_created", "idx_audit_logs_action_created",
                "idx_audit_logs_outcome_created", "idx_audit_logs_type_created", "idx_audit_logs_resource_id_created",
                "idx_audit_logs_resource_created",
                "idx_audit_logs_created");
        List<AuditSearch> combinations = List.of(
                search(user, null, null, "action_0", null, null, null, true),
                search(user, null, null, null, AuditOutcome.FAILURE, Instant.parse("2026-05-04T09:00:00Z"),
                        Instant.parse("2026-05-04T10:00:00Z"), false),
                search(null, "type_50", resource, null, AuditOutcome.SUCCESS, null, null, true),
                search(user, "type_50", resource, "action_50", AuditOutcome.SUCCESS,
                        Instant.parse("2026-05-04T08:00:00Z"), Instant.parse("2026-05-05T08:00:00Z"), true));
        for (AuditSearch combination : combinations) {
            assertServedBy(indexes, "selectPage", combination);
        }
    }
}
