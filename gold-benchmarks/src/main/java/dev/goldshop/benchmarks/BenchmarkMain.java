package dev.goldshop.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.goldshop.benchmarks.internal.AuditQueryScenario;
import dev.goldshop.benchmarks.internal.Bench;
import dev.goldshop.benchmarks.internal.BulkImport;
import dev.goldshop.benchmarks.internal.Console;
import dev.goldshop.benchmarks.internal.CustomerSearchScenario;
import dev.goldshop.benchmarks.internal.Mode;
import dev.goldshop.benchmarks.internal.SalePosting;
import dev.goldshop.benchmarks.internal.ScenarioResult;
import dev.goldshop.benchmarks.internal.Startup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Measures the SDK against the hand-written floor in one run: {@code quick} (about ten minutes
 * on two cores) or {@code full} (the sizes). Prints progress and a table, and writes
 * {@code results.json}. Run it through {@code gold-benchmarks/run}.
 */
public final class BenchmarkMain {
    private static final List<String> SCENARIOS = List.of("startup", "sale_posting", "bulk_import",
            "customer_search", "audit_query");

    private BenchmarkMain() {
    }

    /**
     * Runs the benchmarks.
     *
     * @param args the mode ({@code quick} or {@code full}), the output directory (default
     *     {@code gold-benchmarks/target/benchmarks}), and optionally a comma-separated subset of
     *     scenarios (customer_search needs bulk_import before it)
     * @throws Exception if a scenario fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: gold-benchmarks/run quick|full [scenario,scenario...]");
            System.exit(2);
        }
        Mode mode = Mode.parse(args[0]);
        Path output = Path.of(args.length > 1 ? args[1] : "gold-benchmarks/target/benchmarks").toAbsolutePath();
        Set<String> only = new TreeSet<>(args.length > 2 ? Arrays.asList(args[2].split(",")) : SCENARIOS);
        if (!SCENARIOS.containsAll(only)) {
            throw new IllegalArgumentException("scenarios are " + SCENARIOS + ", got " + only);
        }
        Console console = new Console(System.out);
        Path dir = Files.createTempDirectory("goldshop-bench-");
        console.progress("mode " + mode.name() + ": starting PostgreSQL (fsync and synchronous_commit on) in " + dir);
        List<ScenarioResult> results = new ArrayList<>();
        Map<String, Object> machine;
        try (Bench bench = Bench.start(dir)) {
            machine = bench.machine();
            console.progress("machine " + machine);
            if (only.contains("startup")) {
                results.addAll(new Startup(bench, mode, console).run());
            }
            if (only.contains("sale_posting")) {
                results.addAll(new SalePosting(bench, mode, console).run());
            }
            if (only.contains("bulk_import")) {
                results.add(new BulkImport(bench, mode, console).run());
            }
            if (only.contains("customer_search")) {
                results.addAll(new CustomerSearchScenario(bench, mode, console).run());
            }
            if (only.contains("audit_query")) {
                results.addAll(new AuditQueryScenario(bench, mode, console).run());
            }
        } finally {
            deleteQuietly(dir);
        }
        console.line("");
        console.line("sdk and floor: medians over " + mode.rounds() + " interleaved rounds, ± half the spread"
                + " (max - min) / median; ratio: 1.00 is as fast as the floor; round trips: per operation, sdk / floor");
        console.table(results);
        Map<String, Object> json = new LinkedHashMap<>();
        machine.put("run_seconds", Math.round(console.elapsedSeconds()));
        json.put("machine", machine);
        json.put("mode", mode.name());
        json.put("scenarios", results.stream().map(ScenarioResult::toJson).toList());
        Files.createDirectories(output);
        Path file = output.resolve("results.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        console.progress("wrote " + file + " (" + Math.round(console.elapsedSeconds()) + " s in all)");
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("could not remove " + dir + ": " + e.getMessage());
        }
    }
}
