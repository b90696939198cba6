package dev.goldshop.media;

import dev.goldshop.core.catalog.Categories;
import dev.goldshop.core.catalog.Category;
import dev.goldshop.core.catalog.Inventory;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.catalog.NewCategory;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerProfiles;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.security.Permission;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.persistence.testing.MutableClock;
import dev.goldshop.persistence.testing.TestDatabase;
import dev.goldshop.persistence.testing.TestUsers;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** An engine with the media module on a test database, a clock the test moves, and helpers. */
final class MediaBed implements AutoCloseable {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final TestDatabase db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    final Path root;
    final GoldShop shop;
    final ImageStore images;
    final CustomerDocumentFiles documents;
    final MediaMaintenance maintenance;
    final CallContext admin;

    MediaBed(TestDatabase db, Path root, MediaModule module) {
        this.db = db;
        this.root = root;
        this.shop = db.engineBuilder().clock(clock).module(module).build();
        this.images = shop.facade(ImageStore.class);
        this.documents = shop.facade(CustomerDocumentFiles.class);
        this.maintenance = shop.facade(MediaMaintenance.class);
        this.admin = user("admin", Permissions.ALL.toArray(new Permission[0]));
    }

    static MediaBed open(TestDatabase db, Path root) {
        return new MediaBed(db, root, new MediaModule(root));
    }

    @Override
    public void close() {
        shop.close();
    }

    /** A user whose role holds exactly these permissions. */
    CallContext user(String name, Permission... permissions) {
        return TestUsers.create(db, name + "-" + UUID.randomUUID().toString().substring(0, 8), permissions);
    }

    Item item() {
        int n = SEQUENCE.incrementAndGet();
        return shop.facade(Inventory.class).create(admin, NewItem.builder("IMG-" + n + "-" + db.name().hashCode(),
                "Ring " + n).kind(ItemKind.UNIQUE_PIECE).metal(MetalType.GOLD, Purity.ofKarat(22))
                .weights(Weight.ofGrams("5.000"), Weight.ZERO).priceMode(PriceMode.WEIGHT)
                .makingCharge(MakingChargeType.PER_GRAM, java.math.BigDecimal.ONE).build());
    }

    Category category() {
        return shop.facade(Categories.class).create(admin, NewCategory.root("Rings " + SEQUENCE.incrementAndGet()));
    }

    Customer customer() {
        int n = 2_000_000 + SEQUENCE.incrementAndGet() + Math.abs(db.name().hashCode() % 1000) * 1000;
        String phone = "(415) " + String.valueOf(n).substring(0, 3) + "-" + String.valueOf(n).substring(3);
        return shop.facade(CustomerProfiles.class).create(admin,
                CustomerDetails.builder("Asha").lastName("Rao").phone(phone).build(), DuplicatePolicy.ALLOW);
    }

    Image upload(ImageUpload upload, byte[] bytes) {
        return images.upload(admin, upload, new ByteArrayInputStream(bytes));
    }

    long count(String sql, Object... args) {
        try (Connection c = db.connect(); PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    String text(String sql, Object... args) {
        try (Connection c = db.connect(); PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void exec(String sql, Object... args) {
        try (Connection c = db.connect(); PreparedStatement s = prepare(c, sql, args)) {
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The newest audit rows as action:resource:outcome, newest first. */
    List<String> latestAudit(int n) {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement s = prepare(c, "SELECT action_type || ':' || resource_type"
                + " || ':' || outcome FROM audit_logs ORDER BY id DESC LIMIT ?", n); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** Every regular file under the root, hidden folders (staging, keys) excluded, relative. */
    List<String> storedFiles() {
        List<String> files = new ArrayList<>();
        try {
            new FileSystemBlobStore(root).forEach(b -> files.add(b.path()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
