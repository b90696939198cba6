package dev.goldshop.persistence.security.users;

import dev.goldshop.persistence.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.security.BootstrapRequest;
import dev.goldshop.core.security.BootstrapResult;
import dev.goldshop.core.security.NewRole;
import dev.goldshop.core.security.NewUser;
import dev.goldshop.core.security.Permission;
import dev.goldshop.core.security.PermissionTemplates;
import dev.goldshop.core.security.Roles;
import dev.goldshop.core.security.User;
import dev.goldshop.core.security.Users;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One engine on a test class's database with a settable clock, the owner bootstrapped, and
 * plain-SQL probes that look at the database behind the SDK's back: row counts of every table,
 * the audit rows a call added, sessions, stored hashes.
 */
final class SecurityBed implements AutoCloseable {
    static final String OWNER_PASSWORD = "gold owner passphrase 2024";
    private static final AtomicInteger NAMES = new AtomicInteger();

    final TestDatabase db;
    final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    final GoldShop shop;
    final Users users;
    final Roles roles;
    final PermissionTemplates templates;
    final BootstrapResult bootstrap;
    final CallContext owner;

    SecurityBed(TestDatabase db) {
        this.db = db;
        this.shop = db.engineBuilder().clock(clock).build();
        this.users = shop.facade(Users.class);
        this.roles = shop.facade(Roles.class);
        this.templates = shop.facade(PermissionTemplates.class);
        this.bootstrap = users.bootstrapOwner(BootstrapRequest.withPassword("owner", "owner@example.com",
                "Olga Owner", OWNER_PASSWORD.toCharArray()));
        this.owner = CallContext.of(Actor.user(bootstrap.owner().id(), "owner"));
    }

    @Override
    public void close() {
        shop.close();
    }

    /** A name no other test of the class uses. */
    static String unique(String prefix) {
        return prefix + NAMES.incrementAndGet();
    }

    /** A new role holding exactly these permissions. */
    UUID role(Permission... permissions) {
        return roles.create(owner, new NewRole(unique("role-"), null, Set.of(permissions))).id();
    }

    /** A new user of a new role holding exactly these permissions. */
    User user(String password, Permission... permissions) {
        String name = unique("user");
        return users.create(owner, new NewUser(name, name + "@example.com", "Test " + name, role(permissions),
                password.toCharArray()));
    }

    /** The context of a user. */
    static CallContext as(User user) {
        return CallContext.of(Actor.user(user.id(), user.username()));
    }

    /** A user whose role grants nothing. */
    CallContext nobody() {
        return as(user("nobody's passphrase"));
    }

    /** Live row counts of every table of the schema. */
    Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : tables(s)) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Which tables' counts differ from a snapshot, by how much. */
    Map<String, Long> changedSince(Map<String, Long> before) throws SQLException {
        Map<String, Long> changed = new LinkedHashMap<>();
        rowCounts().forEach((table, count) -> {
            long delta = count - before.getOrDefault(table, 0L);
            if (delta != 0) {
                changed.put(table, delta);
            }
        });
        return changed;
    }

    /** Tables whose rows, as text, contain the needle anywhere (any column, any type). */
    List<String> tablesContaining(String needle) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : tables(s)) {
                try (PreparedStatement p = c.prepareStatement(
                        "SELECT count(*) FROM \"" + table + "\" t WHERE strpos(t::text, ?) > 0")) {
                    p.setString(1, needle);
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            found.add(table);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The ids of every audit row now. */
    Set<UUID> auditIds() throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM audit_logs")) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /** One audit row as a test sees it: its main columns and the whole row as text. */
    record AuditLine(String action, String resourceType, UUID resourceId, UUID userId, String outcome,
            String oldData, String newData, String context, String wholeRow) {
    }

    /** The audit rows added since a snapshot of ids. */
    List<AuditLine> auditSince(Set<UUID> before) throws SQLException {
        List<AuditLine> lines = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT a.id, a.action_type, a.resource_type, a.resource_id, a.user_id,"
                        + " a.outcome, a.old_data::text, a.new_data::text, a.additional_context::text, a::text"
                        + " FROM audit_logs a ORDER BY a.created_at, a.id")) {
            while (rs.next()) {
                if (!before.contains(rs.getObject(1, UUID.class))) {
                    lines.add(new AuditLine(rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
                            rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10)));
                }
            }
        }
        return lines;
    }

    /** Asserts that exactly one audit row was added, with no secret in it, and returns it. */
    AuditLine oneAuditRow(Set<UUID> before, String action, String resourceType, UUID resourceId, String outcome)
            throws SQLException {
        List<AuditLine> added = auditSince(before);
        assertThat(added).as("audit rows added").hasSize(1);
        AuditLine line = added.get(0);
        assertThat(line.action()).isEqualTo(action);
        assertThat(line.resourceType()).isEqualTo(resourceType);
        if (resourceId != null) {
            assertThat(line.resourceId()).isEqualTo(resourceId);
        }
        assertThat(line.outcome()).isEqualTo(outcome);
        assertThat(line.wholeRow()).doesNotContain("$argon2").doesNotContain("password_hash")
                .doesNotContain("passwordHash").doesNotContain("tokenHash").doesNotContain("token_hash");
        return line;
    }

    /** A live session of a user, inserted as sign-in would. */
    UUID session(UUID userId) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO user_sessions (id, user_id, session_token, is_active, expires_at, created_at)"
                        + " VALUES (?, ?, ?, true, ?, ?)")) {
            p.setObject(1, id);
            p.setObject(2, userId);
            p.setString(3, (id.toString().replace("-", "") + id.toString().replace("-", "")));
            p.setTimestamp(4, Timestamp.from(clock.instant().plus(Duration.ofHours(8))));
            p.setTimestamp(5, Timestamp.from(clock.instant()));
            p.executeUpdate();
        }
        return id;
    }

    /** Whether a session is still active. */
    boolean sessionActive(UUID sessionId) throws SQLException {
        return queryBoolean("SELECT coalesce(is_active, false) FROM user_sessions WHERE id = ?", sessionId);
    }

    /** The stored PHC string of a user. */
    String storedHash(UUID userId) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement p = c.prepareStatement("SELECT password_hash FROM users WHERE id = ?")) {
            p.setObject(1, userId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The first column of a query's rows, as text. */
    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** Runs one statement with parameters. */
    void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            p.execute();
        }
    }

    private boolean queryBoolean(String sql, Object parameter) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, parameter);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static List<String> tables(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
