package dev.goldshop.examples;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.spi.PiiKeyInstaller;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.engine.SchemaInfo;
import dev.goldshop.media.MediaModule;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A day at the shop, from a fresh clone, on the durable embedded database.
 *
 * <p>Run it with {@code mvn -q -B -DskipTests -pl examples -am package exec:java}. It keeps its
 * data in the directory named by {@code GOLDSHOP_DATA_DIR} (default {@code ./goldshop-data}):
 * the database under {@code postgres/}, files under {@code media/}. Run it twice and the second
 * run reuses the first run's data.
 */
public final class DemoMain {
    /** The environment variable that names the demo's data directory. */
    public static final String DATA_DIR_ENV = "GOLDSHOP_DATA_DIR";

    private DemoMain() {
    }

    /**
     * Runs the demo.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        String configured = System.getenv(DATA_DIR_ENV);
        Path dataDir = Path.of(configured == null || configured.isBlank() ? "goldshop-data" : configured);
        run(dataDir, System.out);
    }

    /**
     * Runs the demo on a data directory, printing to {@code out}.
     *
     * @param dataDir where the database and the files live
     * @param out where the story is told
     */
    public static void run(Path dataDir, PrintStream out) {
        out.println("Gold Shop SDK demo - data in " + dataDir.toAbsolutePath().normalize());
        try (GoldShop shop = GoldShop.embedded(dataDir)
                .module(new MediaModule(dataDir.resolve("media")))
                .build()) {
            SchemaInfo schema = shop.schemaInfo();
            out.println(schema.appliedAtStart() > 0
                    ? "New database: applied " + schema.appliedAtStart() + " migrations"
                    : "Existing database reused: nothing to migrate");
            out.println("Schema version: " + schema.version());
            out.println("Tables (" + schema.tables().size() + "): " + String.join(", ", schema.tables()));
            shop.facade(PiiKeyInstaller.class).install(CustomersMain.demoKeys());

            out.println();
            out.println("== Opening: users, sessions, the audit trail ==");
            CallContext owner = SecurityDay.tell(shop, out);

            out.println();
            out.println("== Customers ==");
            CustomersMain.tell(shop, owner, out);

            out.println();
            out.println("== Trade: rates, stock, sales, old gold, a return, the books ==");
            SalesDay.tell(shop, owner, out);

            out.println();
            out.println("== Pictures and scans: item photos, a category icon, a passport copy ==");
            MediaDay.tell(shop, owner, out);

            out.println();
            out.println("== Loyalty: the programme, points earned and redeemed, a statement ==");
            LoyaltyDay.tell(shop, owner, out);
        }
        out.println("Demo finished.");
    }
}
