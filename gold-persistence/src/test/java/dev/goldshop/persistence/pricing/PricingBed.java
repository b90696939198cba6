package dev.goldshop.persistence.pricing;

import dev.goldshop.persistence.testing.TableCounts;
import dev.goldshop.persistence.testing.TestUsers;
import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.rates.MetalRates;
import dev.goldshop.core.security.Permission;
import dev.goldshop.core.settings.CompanySettings;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.engine.probe.ProbeModule;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One engine on a test class's database, users holding chosen permissions (made with plain SQL,
 * so that these tests do not depend on the security facades), and probes that look at the
 * database behind the SDK's back.
 */
final class PricingBed implements AutoCloseable {
    private static final AtomicInteger NAMES = new AtomicInteger();

    final TestDatabase db;
    final GoldShop shop;
    final Engine engine;
    final CompanySettings settings;
    final MetalRates rates;

    PricingBed(TestDatabase db, Clock clock) {
        this(db, builder -> builder.clock(clock));
    }

    PricingBed(TestDatabase db, UnaryOperator<GoldShop.Builder> options) {
        this.db = db;
        ProbeModule probe = new ProbeModule();
        this.shop = options.apply(db.engineBuilder().module(probe)).build();
        this.engine = (Engine) probe.context;
        this.settings = shop.facade(CompanySettings.class);
        this.rates = shop.facade(MetalRates.class);
    }

    static PricingBed withCurrency(TestDatabase db, Clock clock, String currency) {
        return new PricingBed(db, builder -> builder.clock(clock).currency(Currency.getInstance(currency)));
    }

    @Override
    public void close() {
        shop.close();
    }

    /** A new user whose new role holds exactly these permissions. */
    CallContext user(Permission... permissions) {
        return TestUsers.create(db, "pricing-user-" + NAMES.incrementAndGet() + "-" + db.name(), permissions);
    }

    /** Live row counts of every table of the schema. */
    Map<String, Long> rowCounts() {
        return TableCounts.of(db);
    }

    /** Which tables' row counts differ from a snapshot, by how much. */
    Map<String, Long> changedSince(Map<String, Long> before) {
        Map<String, Long> changed = new LinkedHashMap<>();
        rowCounts().forEach((table, count) -> {
            long delta = count - before.getOrDefault(table, 0L);
            if (delta != 0) {
                changed.put(table, delta);
            }
        });
        return changed;
    }

    /** How many audit rows match a condition written by the test itself. */
    long auditRows(String condition) {
        return queryLong("SELECT count(*) FROM audit_logs WHERE " + condition);
    }

    /** How many refusals of a permission were audited. */
    long refusals(Permission permission) {
        return auditRows("action_type = 'access_denied' AND outcome = 'denied' AND additional_context->>'permission' = '"
                + permission + "'");
    }

    /**
     * Waits until this many engines listen for change notifications on the database. A listener
     * drops every cache once it is connected, so a test that checks what a cache keeps waits for
     * that first, and then only a notification can drop the cache.
     */
    void awaitListeners(int engines) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        String sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND query = 'LISTEN goldshop_changes'";
        while (queryLong(sql) < engines) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("fewer than " + engines + " engines listen after 10 s");
            }
            pause(10);
        }
        // The listener drops the caches right after LISTEN returns.
        pause(100);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A number from SQL written by the test itself. */
    long queryLong(String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A text from SQL written by the test itself. */
    String queryString(String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs SQL behind the engine's back (no notification, no cache invalidation). */
    void execute(String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
