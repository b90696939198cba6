package dev.goldshop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo runs end to end on a fresh directory, and a second run reuses the first run's data. */
class DemoMainTest {
    @Test
    void the_demo_runs_twice_on_one_data_directory(@TempDir Path dataDir) {
        String first = runDemo(dataDir);
        assertThat(first).contains("New database: applied").contains("Schema version: ")
                .contains("customers").contains("invoices").contains("audit_logs")
                .contains("First run: created the owner").contains("Refused, as it should be")
                .contains("Even the right password is refused during the lock-out")
                .contains("Alert [high]").contains("Audit chain verified: intact")
                .contains("Customer 360 of").contains("Old gold 5.000 g tested 875")
                .contains("Trial balance (balanced)").contains("Z report").contains("Tier: Silver")
                .contains("Loyalty statement of Amara Loyal").contains("Demo finished.")
                .contains("At the counter, one call and one commit").contains("the side view is now primary").contains("THUMBNAIL: 320 x 213")
                .contains("passport stored as documents/").contains("A signed link for the web shop opens")
                .contains("0 rows without files");
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        assertThat(dataDir.resolve("media")).isDirectory();

        String second = runDemo(dataDir);
        assertThat(second).contains("Existing database reused").contains("The owner exists already")
                .contains("Trial balance (balanced)")
                .contains("Audit chain verified: intact").contains("Demo finished.")
                .contains("0 orphans removed, 0 rows without files");
    }

    private static String runDemo(Path dataDir) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DemoMain.run(dataDir, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
