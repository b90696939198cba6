package dev.goldshop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customers demo runs end to end, twice on one data directory, reusing what the first run stored. */
class CustomersMainTest {
    @Test
    void the_customers_demo_runs_twice_on_one_data_directory(@TempDir Path dataDir) {
        String first = run(dataDir);
        assertThat(first).contains("Created the shop's owner").contains("Created customer C")
                .contains("Search 'hadd': [Karim Haddad, Leïla Haddad]")
                .contains("Search 'nunez' (no accents): [Sam Núñez]")
                .contains("Search phone '050 765 4321' (UAE): [Karim Haddad]")
                .contains("revealed (an audited read): 784-1985-1234567-1")
                .contains("relationships [family -> Karim Haddad, referral -> Sam Núñez]")
                .contains("Customers demo finished.");

        String second = run(dataDir);
        assertThat(second).doesNotContain("Created customer").contains("revealed (an audited read): 784-1985-1234567-1")
                .contains("open follow-ups 2").contains("Customers demo finished.");
    }

    private static String run(Path dataDir) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        CustomersMain.run(dataDir, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
