package dev.goldshop.persistence.security.sessions;

import dev.goldshop.persistence.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.security.Authentication;
import dev.goldshop.core.security.BootstrapRequest;
import dev.goldshop.core.security.LoginRequest;
import dev.goldshop.core.security.LoginResult;
import dev.goldshop.core.security.NewRole;
import dev.goldshop.core.security.NewUser;
import dev.goldshop.core.security.Permission;
import dev.goldshop.core.security.Roles;
import dev.goldshop.core.security.SecurityAlerts;
import dev.goldshop.core.security.User;
import dev.goldshop.core.security.Users;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.engine.spi.GoldShopModule;
import dev.goldshop.engine.spi.ModuleContext;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.security.SecuritySettings;
import dev.goldshop.persistence.internal.security.SessionTokens;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One engine on a test class's database, with a settable clock, the owner bootstrapped through
 * the Users facade, and plain-SQL probes that look at the database behind the SDK's back.
 */
final class SessionBed implements AutoCloseable {
    static final String PASSWORD = "amber lantern quartz 71";
    static final String OWNER_PASSWORD = "gold owner passphrase 2024";
    /** The address and device of {@link #login(User)}, so that repeated logins are not "new". */
    static final String HOME_IP = "192.0.2.1";
    static final Map<String, Object> HOME_DEVICE = Map.of("device_id", "till-1");
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    final TestDatabase db;
    final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    final GoldShop shop;
    final Engine engine;
    final Users users;
    final Roles roles;
    final Authentication auth;
    final SecurityAlerts alerts;
    final User ownerUser;
    final CallContext owner;

    SessionBed(TestDatabase db) {
        this.db = db;
        EngineProbe probe = new EngineProbe();
        this.shop = db.engineBuilder().clock(clock).module(probe).build();
        this.engine = probe.engine;
        this.users = shop.facade(Users.class);
        this.roles = shop.facade(Roles.class);
        this.auth = shop.facade(Authentication.class);
        this.alerts = shop.facade(SecurityAlerts.class);
        this.ownerUser = users.bootstrapOwner(BootstrapRequest.withPassword("owner", "owner@example.com",
                "Olga Owner", OWNER_PASSWORD.toCharArray())).owner();
        this.owner = CallContext.of(Actor.user(ownerUser.id(), ownerUser.username()));
    }

    /** Captures the engine, for its internal services. */
    private static final class EngineProbe implements GoldShopModule {
        Engine engine;

        @Override
        public String name() {
            return "engine-probe";
        }

        @Override
        public void configure(ModuleContext context) {
            engine = (Engine) context;
        }
    }

    @Override
    public void close() {
        shop.close();
    }

    static String unique(String prefix) {
        return prefix + NAMES.incrementAndGet();
    }

    /** An address no other test of the JVM uses, so that per-address counts never mix. */
    static String nextIp() {
        int n = ADDRESSES.incrementAndGet();
        return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    /** A new user with the test password, in a new role holding exactly these permissions. */
    User user(Permission... permissions) {
        UUID role = roles.create(owner, new NewRole(unique("role-"), null, Set.of(permissions))).id();
        String name = unique("user");
        return users.create(owner, new NewUser(name, name + "@example.com", "Test " + name, role,
                PASSWORD.toCharArray()));
    }

    static CallContext as(User user) {
        return CallContext.of(Actor.user(user.id(), user.username()));
    }

    /** A login from the user's usual address and device. */
    LoginResult login(User user) {
        return auth.login(LoginRequest.of(user.username(), PASSWORD.toCharArray(), HOME_IP, "JUnit", HOME_DEVICE,
                null));
    }

    /** A login attempt from a given address, without device. */
    static LoginRequest attempt(String username, String password, String ip) {
        return LoginRequest.of(username, password.toCharArray(), ip, "JUnit", null, null);
    }

    /** Changes company settings behind the engine's back and drops its cached policy. */
    void settings(String assignments) throws SQLException {
        execute("UPDATE company_settings SET " + assignments + " WHERE id = 1");
        engine.service(SecuritySettings.class).invalidate();
    }

    /** A live session of a user inserted directly, with a known token. */
    record DirectSession(UUID id, String token) {
    }

    DirectSession directSession(UUID userId, Instant lastActivity) throws SQLException {
        String token = new SessionTokens().newToken();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        execute("INSERT INTO user_sessions (id, user_id, session_token, is_active, last_activity, expires_at, created_at)"
                + " VALUES (?, ?, ?, true, ?, ?, ?)", id, userId, SessionTokens.digest(token), at(lastActivity),
                at(now.plus(Duration.ofHours(12))), at(now));
        return new DirectSession(id, token);
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, parameters);
            p.execute();
        }
    }

    long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, parameters);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    String text(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, parameters);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void bind(PreparedStatement p, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            p.setObject(i + 1, parameters[i]);
        }
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

    /** One audit row as a test sees it. */
    record AuditLine(String action, String resourceType, UUID resourceId, UUID userId, UUID sessionId,
            String outcome, String userAgent, String context, String actorName, String wholeRow) {
    }

    /** The audit rows added since a snapshot of ids, oldest first. */
    List<AuditLine> auditSince(Set<UUID> before) throws SQLException {
        List<AuditLine> lines = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT a.id, a.action_type, a.resource_type, a.resource_id, a.user_id,"
                        + " a.session_id, a.outcome, a.user_agent, a.additional_context::text, a.actor_name, a::text"
                        + " FROM audit_logs a ORDER BY a.created_at, a.chain_id, a.chain_seq")) {
            while (rs.next()) {
                if (!before.contains(rs.getObject(1, UUID.class))) {
                    lines.add(new AuditLine(rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
                            rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11)));
                }
            }
        }
        return lines;
    }

    /** Asserts that exactly one audit row was added, with the action and outcome, and returns it. */
    AuditLine oneAuditRow(Set<UUID> before, String action, String outcome) throws SQLException {
        List<AuditLine> added = auditSince(before);
        assertThat(added).as("audit rows added").hasSize(1);
        assertThat(added.get(0).action()).isEqualTo(action);
        assertThat(added.get(0).outcome()).isEqualTo(outcome);
        return added.get(0);
    }

    /** The actions of the audit rows added since a snapshot, oldest first. */
    List<String> actionsSince(Set<UUID> before) throws SQLException {
        return auditSince(before).stream().map(AuditLine::action).toList();
    }
}
