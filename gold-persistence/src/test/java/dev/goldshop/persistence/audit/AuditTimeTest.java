package dev.goldshop.persistence.audit;

import dev.goldshop.persistence.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.audit.AuditEntry;
import dev.goldshop.core.audit.AuditQuery;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * LOG-02: created_at is a timestamptz holding the engine's UTC instant, and the trail's order
 * is the order of instants across Europe/London's daylight-saving changes, including the autumn
 * hour in which local wall-clock time runs backwards. The test server's session zone
 * (Asia/Kolkata) and the JVM's (America/New_York) are neither UTC nor London.
 */
@ExtendWith(PostgresExtension.class)
class AuditTimeTest {
    /** 00:59:59 GMT, the last second before clocks go forward. */
    private static final Instant SPRING_BEFORE = Instant.parse("2026-03-29T00:59:59Z");
    /** 02:00:01 BST, two seconds later. */
    private static final Instant SPRING_AFTER = Instant.parse("2026-03-29T01:00:01Z");
    /** 01:59:59 BST, the last second before clocks go back. */
    private static final Instant AUTUMN_BEFORE = Instant.parse("2026-10-25T00:59:59Z");
    /** 01:00:01 GMT, two seconds later but an hour earlier on the wall. */
    private static final Instant AUTUMN_AFTER = Instant.parse("2026-10-25T01:00:01Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private AuditTestBed bed;
    private CallContext auditor;
    private UUID till;

    @BeforeEach
    void open(TestDatabase db) {
        bed = AuditTestBed.open(db, clock);
        auditor = bed.user("auditor", Permissions.AUDIT_READ);
        till = UUID.randomUUID();
        // Written out of time order, so that neither insertion order nor id order can pass for time order.
        for (Instant at : List.of(AUTUMN_AFTER, SPRING_BEFORE, AUTUMN_BEFORE, SPRING_AFTER)) {
            clock.set(at);
            bed.record(CallContext.system("till"), new AuditEvent("update", "till", till, null,
                    Map.of("at", at.toString()), Map.of()));
        }
        clock.set(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void the_trail_is_ordered_by_instant_across_daylight_saving_changes() {
        List<AuditEntry> newestFirst = bed.trail.query(auditor, AuditQuery.builder().resourceType("till").build(),
                PageRequest.first()).items();
        List<AuditEntry> oldestFirst = new ArrayList<>();
        String cursor = null;
        do {
            Page<AuditEntry> page = bed.trail.history(auditor, "till", till, new PageRequest(cursor, 1));
            oldestFirst.addAll(page.items());
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);

        assertThat(newestFirst).extracting(AuditEntry::createdAt)
                .containsExactly(AUTUMN_AFTER, AUTUMN_BEFORE, SPRING_AFTER, SPRING_BEFORE);
        assertThat(oldestFirst).extracting(AuditEntry::createdAt)
                .containsExactly(SPRING_BEFORE, SPRING_AFTER, AUTUMN_BEFORE, AUTUMN_AFTER);
        assertThat(oldestFirst).extracting(AuditEntry::newData).containsExactly(
                "{\"at\": \"" + SPRING_BEFORE + "\"}", "{\"at\": \"" + SPRING_AFTER + "\"}",
                "{\"at\": \"" + AUTUMN_BEFORE + "\"}", "{\"at\": \"" + AUTUMN_AFTER + "\"}");
    }

    @Test
    void a_time_range_across_the_change_holds_the_rows_on_both_sides() {
        List<AuditEntry> spring = bed.trail.query(auditor, AuditQuery.builder().resourceType("till")
                .from(SPRING_BEFORE).to(SPRING_AFTER.plusSeconds(1)).build(), PageRequest.first()).items();
        List<AuditEntry> autumn = bed.trail.query(auditor, AuditQuery.builder().resourceType("till")
                .from(AUTUMN_BEFORE.plusSeconds(1)).to(AUTUMN_AFTER.plusSeconds(1)).build(), PageRequest.first()).items();

        assertThat(spring).extracting(AuditEntry::createdAt).containsExactly(SPRING_AFTER, SPRING_BEFORE);
        assertThat(autumn).extracting(AuditEntry::createdAt).containsExactly(AUTUMN_AFTER);
    }

    @Test
    void created_at_is_a_timestamptz_holding_the_utc_instant() throws Exception {
        try (Connection c = bed.db.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT data_type FROM information_schema.columns"
                    + " WHERE table_name = 'audit_logs' AND column_name = 'created_at'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("timestamp with time zone");
            }
            List<String> utc = new ArrayList<>();
            List<String> london = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'),"
                    + " to_char(created_at AT TIME ZONE 'Europe/London', 'HH24:MI:SS') FROM audit_logs"
                    + " WHERE resource_type = 'till' ORDER BY created_at")) {
                while (rs.next()) {
                    utc.add(rs.getString(1));
                    london.add(rs.getString(2));
                }
            }
            assertThat(utc).containsExactly("2026-03-29 00:59:59", "2026-03-29 01:00:01", "2026-10-25 00:59:59",
                    "2026-10-25 01:00:01");
            // On the wall in London: an hour skipped in spring, an hour repeated in autumn.
            assertThat(london).containsExactly("00:59:59", "02:00:01", "01:59:59", "01:00:01");
        }
    }
}
