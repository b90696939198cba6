package dev.goldshop.persistence.audit;

import dev.goldshop.persistence.testing.TestUsers;
import dev.goldshop.core.audit.AuditTrail;
import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.security.Permission;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.engine.spi.GoldShopModule;
import dev.goldshop.engine.spi.ModuleContext;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An engine on a fresh database of its own (tampering tests break the trail for good), the
 * engine's {@link Calls} to write audit rows the way facades do, and users with chosen
 * permissions.
 */
final class AuditTestBed implements AutoCloseable {
    final TestDatabase db;
    final GoldShop shop;
    final Calls calls;
    final AuditTrail trail;

    private AuditTestBed(TestDatabase db, GoldShop shop, Calls calls) {
        this.db = db;
        this.shop = shop;
        this.calls = calls;
        this.trail = shop.facade(AuditTrail.class);
    }

    /**
     * A bed on a new database cloned from the migrated template of the given one.
     *
     * @param template any test database of the server
     * @param clock the engine's clock, or null for the system clock
     */
    static AuditTestBed open(TestDatabase template, Clock clock) {
        return on(template.createMigratedDatabase(), clock);
    }

    /**
     * A bed on the given database, which it drops when closed.
     *
     * @param db a migrated database of its own
     * @param clock the engine's clock, or null for the system clock
     */
    static AuditTestBed on(TestDatabase db, Clock clock) {
        CallsModule module = new CallsModule();
        GoldShop.Builder builder = db.engineBuilder().module(module);
        if (clock != null) {
            builder.clock(clock);
        }
        return new AuditTestBed(db, builder.build(), module.calls);
    }

    /** Writes one audit row, as a facade's change does, in a transaction of its own. */
    void record(CallContext ctx, AuditEvent event) {
        calls.writeAuthorized(ctx, tx -> Audited.of(null, event));
    }

    /** Writes one audit row with a non-success outcome, as a failed login or a refusal does. */
    void recordOutcome(CallContext ctx, AuditEvent event, String outcome) {
        calls.recordOutcome(ctx, event, outcome);
    }

    /** A user whose role holds exactly these permissions, as the context of its calls. */
    CallContext user(String name, Permission... permissions) {
        return TestUsers.create(db, name, permissions);
    }

    /** A number from plain SQL, for counting rows behind the engine's back. */
    long count(String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Every audit row as plain SQL sees it, for an oracle independent of the facade's SQL. */
    List<StoredRow> snapshot() {
        List<StoredRow> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, created_at, user_id, resource_type, resource_id,"
                        + " action_type, outcome FROM audit_logs")) {
            while (rs.next()) {
                rows.add(new StoredRow(rs.getObject(1, UUID.class),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read audit_logs", e);
        }
        return rows;
    }

    /** One audit row's filterable columns. */
    record StoredRow(UUID id, Instant createdAt, UUID userId, String resourceType, UUID resourceId,
            String actionType, String outcome) {
        /** Newest first, as the trail pages: by time, then by id in PostgreSQL's (unsigned byte) order. */
        static final Comparator<StoredRow> NEWEST_FIRST = Comparator
                .comparing(StoredRow::createdAt).thenComparing(r -> r.id().toString()).reversed();
    }

    /** Runs statements as the superuser with every trigger off, as an intruder would. */
    void tamper(String... statements) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tampering failed", e);
        }
    }

    @Override
    public void close() {
        shop.close();
        db.drop();
    }

    /** Hands the test the engine's call path, as facades get it. */
    static final class CallsModule implements GoldShopModule {
        Calls calls;

        @Override
        public String name() {
            return "audit-test-calls";
        }

        @Override
        public void configure(ModuleContext context) {
            calls = ((Engine) context).calls();
        }
    }
}
