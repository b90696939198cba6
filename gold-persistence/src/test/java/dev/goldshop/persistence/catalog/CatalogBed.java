package dev.goldshop.persistence.catalog;

import dev.goldshop.persistence.testing.TableCounts;
import dev.goldshop.persistence.testing.TestUsers;
import dev.goldshop.core.catalog.Categories;
import dev.goldshop.core.catalog.CategoryTemplates;
import dev.goldshop.core.catalog.Inventory;
import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.security.Permission;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.engine.probe.ProbeModule;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * One engine on a test class's database, users holding chosen permissions (made with plain
 * SQL, so that these tests do not depend on the security facades), and probes that look at the
 * database behind the SDK's back: row counts of every table, audit rows, sums of movements.
 */
public final class CatalogBed implements AutoCloseable {
    private static final AtomicInteger NAMES = new AtomicInteger();

    public final TestDatabase db;
    public final GoldShop shop;
    public final Engine engine;
    public final CategoryTemplates templates;
    public final Categories categories;
    public final Inventory inventory;
    /** Every catalogue and stock permission, costs included. */
    public final CallContext manager;
    /** Everything but cost prices. */
    public final CallContext clerk;
    /** Reads only. */
    public final CallContext reader;
    /** A role that grants nothing. */
    public final CallContext nobody;

    public CatalogBed(TestDatabase db) {
        this.db = db;
        ProbeModule probe = new ProbeModule();
        this.shop = db.engineBuilder().module(probe).build();
        this.engine = (Engine) probe.context;
        this.templates = shop.facade(CategoryTemplates.class);
        this.categories = shop.facade(Categories.class);
        this.inventory = shop.facade(Inventory.class);
        this.manager = user(Permissions.CATEGORY_READ, Permissions.CATEGORY_MANAGE, Permissions.INVENTORY_READ,
                Permissions.INVENTORY_CREATE, Permissions.INVENTORY_UPDATE, Permissions.INVENTORY_ARCHIVE,
                Permissions.INVENTORY_COST_READ, Permissions.STOCK_ADJUST);
        this.clerk = user(Permissions.CATEGORY_READ, Permissions.CATEGORY_MANAGE, Permissions.INVENTORY_READ,
                Permissions.INVENTORY_CREATE, Permissions.INVENTORY_UPDATE, Permissions.INVENTORY_ARCHIVE,
                Permissions.STOCK_ADJUST);
        this.reader = user(Permissions.CATEGORY_READ, Permissions.INVENTORY_READ);
        this.nobody = user();
    }

    @Override
    public void close() {
        shop.close();
    }

    /** A name no other test of the JVM uses. */
    public static String unique(String prefix) {
        return prefix + NAMES.incrementAndGet();
    }

    /** US dollars, the test engine's currency. */
    public static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), GoldShop.Builder.DEFAULT_CURRENCY);
    }

    /** A new user whose new role holds exactly these permissions. */
    public CallContext user(Permission... permissions) {
        return TestUsers.create(db, unique("catalog-user-"), permissions);
    }

    /** Live row counts of every table of the schema. */
    public Map<String, Long> rowCounts() {
        return TableCounts.of(db);
    }

    /** Which tables' row counts differ from a snapshot, by how much. */
    public Map<String, Long> changedSince(Map<String, Long> before) {
        Map<String, Long> changed = new LinkedHashMap<>();
        rowCounts().forEach((table, count) -> {
            long delta = count - before.getOrDefault(table, 0L);
            if (delta != 0) {
                changed.put(table, delta);
            }
        });
        return changed;
    }

    /** The action and outcome of the newest audit row, as "action/outcome". */
    public String lastAudit() {
        return queryString("SELECT action_type || '/' || outcome FROM audit_logs ORDER BY created_at DESC, id DESC LIMIT 1");
    }

    /** How many audit rows name a resource. */
    public long auditRowsFor(UUID resourceId) {
        return queryLong("SELECT count(*) FROM audit_logs WHERE resource_id = '" + resourceId + "'");
    }

    /** The sum of an item's movement deltas. */
    public long movementSum(UUID itemId) {
        return queryLong("SELECT coalesce(sum(quantity_delta), 0) FROM stock_movements WHERE item_id = '" + itemId + "'");
    }

    /** An item's quantity as stored. */
    public long storedQuantity(UUID itemId) {
        return queryLong("SELECT quantity FROM inventory_items WHERE id = '" + itemId + "'");
    }

    /** A number from SQL written by the test itself. */
    public long queryLong(String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A text from SQL written by the test itself. */
    public String queryString(String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
