package dev.goldshop.benchmarks.internal;

import dev.goldshop.core.audit.AuditEntry;
import dev.goldshop.core.audit.AuditQuery;
import dev.goldshop.core.audit.AuditTrail;
import dev.goldshop.core.audit.ChainVerification;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * {@code audit_query}: the history of one resource, and one user's actions over a day, a page of
 * 50 each, over the mode's audit rows. Both SDK reads are audited reads (they write an audit row
 * of their own), so the floor writes one too: its select, its insert and its commit. The floor
 * reads every column of the page's rows into a record, as the SDK maps each row to an entry.
 *
 * <p>The rows are generated in Java and loaded with {@code COPY} by {@link AuditTrailLoad}, chained
 * as V5's trigger chains them (the trigger itself, which updates a chain head per row, ran at
 * about 5,000 rows/s: 35 minutes for the full mode's ten million). The SDK's own
 * {@link AuditTrail#verify} then checks the whole trail, and the run stops if it does not verify.
 * Rows span {@value #DAYS} days, 20 users and resources with about 20 rows each. Each side's
 * warm-up is as long as a recorded round: with a shorter one, the SDK's longer code path was still
 * being compiled by the JIT during the first recorded rounds, which showed in its p99.
 */
public final class AuditQueryScenario {
    static final int DAYS = 30;
    private static final int USERS = 20;
    private static final int ROWS_PER_RESOURCE = 20;
    private static final String[] TYPES = {"invoice", "customer", "inventory_item", "payment"};
    private static final String[] ACTIONS = {"create", "update", "issue", "pay", "read"};
    private static final int PAGE = 50;
    private static final int[] THREADS = {1, 4};

    private final Bench bench;
    private final Mode mode;
    private final Console console;

    /**
     * Creates the scenario.
     *
     * @param bench the bench
     * @param mode the sizes
     * @param console progress
     */
    public AuditQueryScenario(Bench bench, Mode mode, Console console) {
        this.bench = bench;
        this.mode = mode;
        this.console = console;
    }

    /**
     * Runs it.
     *
     * @return one row per query and thread count
     * @throws Exception if a query fails
     */
    public List<ScenarioResult> run() throws Exception {
        Instant start = Instant.now().minus(DAYS, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        List<UUID> users = users();
        long resources = Math.max(TYPES.length, mode.auditRows() / ROWS_PER_RESOURCE / TYPES.length * TYPES.length);
        AuditTrail trail = bench.shop().facade(AuditTrail.class);
        generate(users, start, resources);
        verify(trail);
        long total = Sql.number(bench.admin(), "SELECT count(*) FROM audit_logs");
        String columns = "a.id, a.created_at, a.user_id, a.actor_name, a.session_id, a.action_type, a.resource_type,"
                + " a.resource_id, a.outcome, a.old_data::text AS old_data, a.new_data::text AS new_data,"
                + " a.additional_context::text AS additional_context, host(a.ip_address) AS ip_address, a.user_agent,"
                + " a.chain_id, a.chain_seq, a.hash";
        String historySql = "SELECT " + columns + " FROM audit_logs a WHERE a.resource_type = ? AND a.resource_id = ?"
                + " ORDER BY a.created_at, a.id LIMIT " + (PAGE + 1);
        String daySql = "SELECT " + columns + " FROM audit_logs a WHERE a.user_id = ? AND a.created_at >= ?"
                + " AND a.created_at < ? ORDER BY a.created_at DESC, a.id DESC LIMIT " + (PAGE + 1);
        List<ScenarioResult> results = new ArrayList<>();
        for (String query : List.of("resource_history", "user_day")) {
            for (int threads : THREADS) {
                Operation read = (side, worker, sequence) -> {
                    SplittableRandom r = new SplittableRandom(worker * 1_000_003L + sequence);
                    long k = r.nextLong(resources);
                    String type = TYPES[(int) (k % TYPES.length)];
                    UUID resource = resourceId(k);
                    UUID user = users.get(r.nextInt(USERS));
                    Instant from = start.plus(r.nextInt(DAYS), ChronoUnit.DAYS);
                    Instant to = from.plus(1, ChronoUnit.DAYS);
                    boolean history = query.equals("resource_history");
                    if (side == Side.SDK) {
                        Page<AuditEntry> page = history
                                ? trail.history(bench.owner(), type, resource, PageRequest.first(PAGE))
                                : trail.query(bench.owner(), AuditQuery.builder().userId(user).from(from).to(to).build(),
                                        PageRequest.first(PAGE));
                        check(page.items().size(), query);
                    } else {
                        floorRead(history ? historySql : daySql, history, type, resource, user, from, to, query);
                    }
                };
                Measurement m = new Rounds(console, bench.trips()).measure("audit_query " + query + " " + threads
                        + " threads", new Rounds.Plan(threads, Duration.ofMinutes(5), mode.searchesPerRound()),
                        mode.rounds(), new Rounds.Plan(threads, Duration.ofMinutes(1), mode.searchesPerRound()), read);
                results.add(ScenarioResult.p99("audit_query." + query, m, threads, total));
            }
        }
        return results;
    }

    /**
     * One row of the floor's page, read column by column as a hand-written repository reads the
     * columns it selects: the SDK builds an {@link AuditEntry} per row, so the floor builds one too.
     */
    private record Entry(UUID id, Instant createdAt, UUID userId, String actorName, UUID sessionId,
            String actionType, String resourceType, UUID resourceId, String outcome, String oldData, String newData,
            String additionalContext, String ipAddress, String userAgent, Integer chainId, Long chainSeq,
            String hash) {

        static Entry read(ResultSet rs) throws SQLException {
            return new Entry(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6),
                    rs.getString(7), rs.getObject(8, UUID.class), rs.getString(9), rs.getString(10), rs.getString(11),
                    rs.getString(12), rs.getString(13), rs.getString(14), rs.getObject(15, Integer.class),
                    rs.getObject(16, Long.class), rs.getString(17));
        }
    }

    private void floorRead(String sql, boolean history, String type, UUID resource, UUID user, Instant from,
            Instant to, String query) throws Exception {
        try (Connection c = bench.floor().getConnection()) {
            c.setAutoCommit(false);
            List<Entry> entries = new ArrayList<>(PAGE);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (history) {
                    s.setString(1, type);
                    s.setObject(2, resource);
                } else {
                    s.setObject(1, user);
                    s.setTimestamp(2, Timestamp.from(from));
                    s.setTimestamp(3, Timestamp.from(to));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next() && entries.size() < PAGE) {
                        entries.add(Entry.read(rs));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_logs (id, user_id, action_type,"
                    + " resource_type, created_at, outcome, actor_name) VALUES (?, ?, 'read', 'audit_log', ?, 'success',"
                    + " ?)")) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, bench.owner().actor().userId());
                s.setTimestamp(3, Timestamp.from(Instant.now()));
                s.setString(4, bench.owner().actor().name());
                s.executeUpdate();
            }
            c.commit();
            check(entries.size(), query);
        }
    }

    private static void check(int found, String query) {
        if (found == 0) {
            throw new IllegalStateException("audit_query " + query + " found nothing");
        }
    }

    private static UUID resourceId(long k) {
        return UUID.nameUUIDFromBytes(("resource-" + k).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Nineteen clerks besides the owner, in the owner's role, by SQL (the audit rows need real users). */
    private List<UUID> users() {
        List<UUID> users = new ArrayList<>();
        users.add(bench.owner().actor().userId());
        for (int i = 1; i < USERS; i++) {
            UUID id = UUID.randomUUID();
            Sql.exec(bench.admin(), "INSERT INTO users (id, username, email, full_name, password_hash, role_id)"
                    + " SELECT '" + id + "', 'clerk" + i + "', 'clerk" + i + "@example.com', 'Clerk " + i + "',"
                    + " password_hash, role_id FROM users WHERE id = '" + bench.owner().actor().userId() + "'");
            users.add(id);
        }
        return users;
    }

    private void generate(List<UUID> users, Instant start, long resources) throws java.sql.SQLException {
        long rows = mode.auditRows();
        long t0 = System.nanoTime();
        new AuditTrailLoad(bench.admin(), console).load(rows, g -> row(g, users, start, rows, resources));
        Sql.exec(bench.admin(), "VACUUM ANALYZE audit_logs");
        console.progress(String.format(java.util.Locale.ROOT, "audit_query: %,d audit rows generated in %.0f s", rows,
                (System.nanoTime() - t0) / 1e9));
    }

    /**
     * Audit row {@code g}: times evenly spread over the days, ids time-ordered as the SDK's, JSON
     * written as PostgreSQL prints jsonb (keys by length, then bytes; ": " and ", ").
     */
    static AuditChainHash.Row row(long g, List<UUID> users, Instant start, long rows, long resources) {
        long stepMicros = DAYS * 86_400_000_000L / rows;
        Instant createdAt = start.plus(g * stepMicros, ChronoUnit.MICROS);
        long k = g % resources;
        return new AuditChainHash.Row(timeOrderedId(createdAt, g), users.get((int) (g % users.size())), null,
                ACTIONS[(int) (g / 7 % ACTIONS.length)], TYPES[(int) (k % TYPES.length)], resourceId(k), null,
                "{\"n\": " + g + ", \"note\": \"generated\"}", null, null, null, createdAt, "success", "clerk", 0, 0);
    }

    /** A UUIDv7 of the row's millisecond with random bits fixed by the row number. */
    private static UUID timeOrderedId(Instant createdAt, long g) {
        SplittableRandom r = new SplittableRandom(g);
        long msb = createdAt.toEpochMilli() << 16 | 0x7000L | (r.nextLong() & 0x0FFFL);
        long lsb = Long.MIN_VALUE | (r.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(msb, lsb);
    }

    /** The SDK's own check of the whole trail: a generated trail that does not verify measures nothing. */
    private void verify(AuditTrail trail) {
        long t0 = System.nanoTime();
        ChainVerification result = trail.verify(bench.owner());
        if (!result.ok()) {
            throw new IllegalStateException("the generated audit trail does not verify: " + result.firstBreak()
                    .map(b -> b.detail()).orElse("?") + " (" + result.breaks().size() + " chains broken)");
        }
        console.progress(String.format(java.util.Locale.ROOT,
                "audit_query: AuditTrail.verify checked %,d rows in %d chains in %.0f s: the trail verifies",
                result.rowsChecked(), result.chainsChecked(), (System.nanoTime() - t0) / 1e9));
    }
}
