package dev.goldshop.persistence.customer;

import dev.goldshop.persistence.testing.TableCounts;
import dev.goldshop.persistence.testing.TestUsers;
import dev.goldshop.persistence.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomerCommunications;
import dev.goldshop.core.customer.CustomerCustomFields;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerDocuments;
import dev.goldshop.core.customer.CustomerPreferences;
import dev.goldshop.core.customer.CustomerProfiles;
import dev.goldshop.core.customer.CustomerRelationships;
import dev.goldshop.core.customer.CustomerTags;
import dev.goldshop.core.security.Permission;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.spi.KeyProvider;
import dev.goldshop.core.spi.PiiKeyInstaller;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.engine.spi.GoldShopModule;
import dev.goldshop.engine.spi.ModuleContext;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * An engine with a settable clock and the host's keys installed, every customer facade, users
 * with chosen permissions, and plain-SQL oracles: row counts of every table (to prove that a
 * refused or invalid call wrote nothing) and the audit rows written.
 */
final class CustomerBed implements AutoCloseable {
    /** Monday 10 March 2025, 10:00 UTC: a working morning. */
    static final Instant START = Instant.parse("2025-03-10T10:00:00Z");

    final TestDatabase db;
    final MutableClock clock;
    final GoldShop shop;
    final Engine engine;
    final CustomerProfiles profiles;
    final CustomerDocuments documents;
    final CustomerRelationships relationships;
    final CustomerTags tags;
    final CustomerCommunications communications;
    final CustomerPreferences preferences;
    final CustomerCustomFields customFields;
    private static final AtomicInteger PHONES = new AtomicInteger();

    private CustomerBed(TestDatabase db, MutableClock clock, GoldShop shop, Engine engine) {
        this.db = db;
        this.engine = engine;
        this.clock = clock;
        this.shop = shop;
        this.profiles = shop.facade(CustomerProfiles.class);
        this.documents = shop.facade(CustomerDocuments.class);
        this.relationships = shop.facade(CustomerRelationships.class);
        this.tags = shop.facade(CustomerTags.class);
        this.communications = shop.facade(CustomerCommunications.class);
        this.preferences = shop.facade(CustomerPreferences.class);
        this.customFields = shop.facade(CustomerCustomFields.class);
    }

    /** The keys of the tests: one encryption key "k1" and a blind-index key. */
    static KeyProvider keys() {
        return KeyProvider.of("k1", Map.of("k1", key(1)), key(99));
    }

    static byte[] key(int seed) {
        byte[] key = new byte[KeyProvider.KEY_BYTES];
        Arrays.fill(key, (byte) seed);
        key[0] = (byte) (seed * 7);
        return key;
    }

    /** A bed on the class's database, with the test keys installed. */
    static CustomerBed open(TestDatabase db) {
        return open(db, keys());
    }

    /** A bed with a given key provider, or none. */
    static CustomerBed open(TestDatabase db, KeyProvider keys) {
        MutableClock clock = new MutableClock(START);
        EngineProbe probe = new EngineProbe();
        GoldShop shop = db.engineBuilder().clock(clock).module(probe).build();
        if (keys != null) {
            shop.facade(PiiKeyInstaller.class).install(keys);
        }
        return new CustomerBed(db, clock, shop, (Engine) probe.context);
    }

    /** Captures the engine, for the internal services gold-media will call. */
    private static final class EngineProbe implements GoldShopModule {
        ModuleContext context;

        @Override
        public String name() {
            return "customer-test-probe";
        }

        @Override
        public void configure(ModuleContext moduleContext) {
            this.context = moduleContext;
        }
    }

    @Override
    public void close() {
        shop.close();
    }

    /**
     * Drops the engine's cached settings after a test changed them with plain SQL, as the
     * change notification of a settings update through the SDK would.
     */
    void settingsChangedBehindTheEngine() {
        engine.service(dev.goldshop.persistence.internal.settings.SettingsCache.class).invalidate();
    }

    /** A user whose role holds exactly these permissions. */
    CallContext user(String name, Permission... permissions) {
        return TestUsers.create(db, name + "-" + UUID.randomUUID().toString().substring(0, 8), permissions);
    }

    /** A user holding every permission. */
    CallContext admin(String name) {
        return user(name, Permissions.ALL.toArray(new Permission[0]));
    }

    /** A user holding every permission but the ones given. */
    CallContext allBut(String name, Permission... withheld) {
        List<Permission> held = new ArrayList<>(Permissions.ALL);
        held.removeAll(List.of(withheld));
        return user(name, held.toArray(new Permission[0]));
    }

    /** A valid US number not used before in this bed, as a clerk types it. */
    String phone() {
        int n = 2_000_000 + PHONES.incrementAndGet() + (int) (Math.abs(db.name().hashCode()) % 1000) * 1000;
        return "(415) " + String.valueOf(n).substring(0, 3) + "-" + String.valueOf(n).substring(3);
    }

    /** The E.164 form of a number from {@link #phone()}. */
    static String e164(String typed) {
        return "+1" + typed.replaceAll("[^0-9]", "");
    }

    /** Minimal details: a first and last name and a fresh phone. */
    CustomerDetails.Builder person(String first, String last) {
        return CustomerDetails.builder(first).lastName(last).phone(phone());
    }

    /** A number from plain SQL. */
    long count(String sql, Object... args) {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A text from plain SQL, or null. */
    String text(String sql, Object... args) {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs plain SQL. */
    void exec(String sql, Object... args) {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Live row counts of every table. */
    Map<String, Long> rowCounts() {
        return TableCounts.of(db);
    }

    /** Which tables changed their row count since a snapshot, and by how much. */
    Map<String, Long> changesSince(Map<String, Long> before) {
        Map<String, Long> changed = new LinkedHashMap<>();
        rowCounts().forEach((table, count) -> {
            long delta = count - before.getOrDefault(table, 0L);
            if (delta != 0) {
                changed.put(table, delta);
            }
        });
        return changed;
    }

    /** The newest audit rows' actions, newest first. */
    List<String> latestAuditActions(int n) {
        List<String> actions = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT action_type || ':' || resource_type || ':' || outcome FROM audit_logs"
                        + " ORDER BY id DESC LIMIT ?")) {
            s.setInt(1, n);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return actions;
    }

    /** Asserts that nothing at all was written since the snapshot. */
    void assertNothingWritten(Map<String, Long> before) {
        assertThat(changesSince(before)).as("rows changed by a rejected call").isEmpty();
    }

    /** Asserts that only the audit row of a refusal was written since the snapshot. */
    void assertOnlyRefusalAudited(Map<String, Long> before, Permission permission) {
        assertThat(changesSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        assertThat(text("SELECT additional_context->>'permission' FROM audit_logs WHERE outcome = 'denied'"
                + " ORDER BY id DESC LIMIT 1")).isEqualTo(permission.toString());
    }
}
