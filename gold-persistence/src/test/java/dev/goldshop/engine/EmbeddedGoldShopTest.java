package dev.goldshop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.probe.ProbeFacade;
import dev.goldshop.engine.probe.ProbeModule;
import dev.goldshop.engine.probe.ProbeRow;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The durable embedded PostgreSQL behind {@code GoldShop.embedded(dataDir)}. */
class EmbeddedGoldShopTest {

    @Test
    void data_survives_a_restart_and_the_server_runs_durably(@TempDir Path dataDir) throws Exception {
        UUID id;
        ProbeModule module = new ProbeModule();
        try (GoldShop shop = GoldShop.embedded(dataDir).module(module).build()) {
            ProbeFacade probe = shop.facade(ProbeFacade.class);
            probe.createTable();
            ProbeRow row = new ProbeRow();
            row.amount = Money.of(new BigDecimal("99.95"), GoldShop.Builder.DEFAULT_CURRENCY);
            id = probe.insert(row);
            assertThat(setting(module, "fsync")).isEqualTo("on");
            assertThat(setting(module, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(module, "full_page_writes")).isEqualTo("on");
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();
        assertThat(Files.readString(dataDir.resolve("postgres/PG_VERSION")).trim()).isEqualTo("17");

        try (GoldShop again = GoldShop.embedded(dataDir).module(new ProbeModule()).build()) {
            assertThat(again.facade(ProbeFacade.class).get(id).amount.amount()).isEqualByComparingTo("99.95");
        }
    }

    @Test
    void a_second_engine_on_the_same_directory_gets_a_clear_error(@TempDir Path dataDir) {
        try (GoldShop first = GoldShop.embedded(dataDir).build()) {
            assertThatThrownBy(() -> GoldShop.embedded(dataDir).build())
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("already in use")
                    .hasMessageContaining(dataDir.toAbsolutePath().normalize().toString());
            assertThat(first.schemaInfo().tables()).contains("users");
        }
    }

    @Test
    void a_second_process_on_the_same_directory_gets_a_clear_error(@TempDir Path dataDir) throws Exception {
        try (GoldShop first = GoldShop.embedded(dataDir).build()) {
            Process other = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    SecondProcessMain.class.getName(), dataDir.toString())
                    .redirectErrorStream(true).start();
            assertThat(other.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(other.exitValue()).as(output).isEqualTo(3);
            assertThat(output).contains("REFUSED").contains("already in use");
            assertThat(first.schemaInfo().tables()).as("the first engine still works").contains("users");
        }
        try (GoldShop afterwards = GoldShop.embedded(dataDir).build()) {
            assertThat(afterwards.schemaInfo().tables()).contains("users");
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static String setting(ProbeModule module, String name) {
        return module.context.inTransaction(tx -> {
            try (Statement s = tx.connection().createStatement(); ResultSet rs = s.executeQuery("SHOW " + name)) {
                rs.next();
                return rs.getString(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Run in a separate JVM: tries to open the same data directory. */
    public static final class SecondProcessMain {
        public static void main(String[] args) {
            try (GoldShop shop = GoldShop.embedded(Path.of(args[0])).build()) {
                System.out.println("OPENED " + shop.schemaInfo().version());
                System.exit(0);
            } catch (StorageException e) {
                System.out.println("REFUSED " + e.getMessage());
                System.exit(3);
            }
        }
    }
}
