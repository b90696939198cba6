package dev.goldshop.benchmarks.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * What a person watching the run sees: progress lines with the time since the start (long
 * phases say what they are doing every few seconds), and the final table.
 */
public final class Console {
    private final PrintStream out;
    private final long start = System.nanoTime();

    /**
     * Creates the console.
     *
     * @param out where to print
     */
    public Console(PrintStream out) {
        this.out = out;
    }

    /**
     * One progress line.
     *
     * @param message what happens
     */
    public void progress(String message) {
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        out.printf(Locale.ROOT, "[%02d:%02d] %s%n", seconds / 60, seconds % 60, message);
        out.flush();
    }

    /**
     * Seconds since the run started.
     *
     * @return elapsed seconds
     */
    public double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Prints a plain line.
     *
     * @param line the line
     */
    public void line(String line) {
        out.println(line);
        out.flush();
    }

    /**
     * Prints the results as an aligned table (the same table goes into the README).
     *
     * @param results the scenario rows
     */
    public void table(List<ScenarioResult> results) {
        String header = String.format(Locale.ROOT, "| %-34s | %-7s | %12s | %12s | %5s | %8s | %8s | %12s | %-13s |",
                "scenario", "threads", "sdk", "floor", "ratio", "p50 ms", "p99 ms", "round trips", "unit");
        line(header);
        line(header.replaceAll("[^|]", "-"));
        for (ScenarioResult r : results) {
            line(String.format(Locale.ROOT, "| %-34s | %7d | %12s | %12s | %5.2f | %8.2f | %8.2f | %12s | %-13s |",
                    r.name(), r.threads(), figure(r.sdk(), r.sdkSpread()), figure(r.floor(), r.floorSpread()),
                    r.ratio(), r.p50Millis(), r.p99Millis(),
                    String.format(Locale.ROOT, "%.1f / %.1f", r.sdkRoundTrips(), r.floorRoundTrips()), r.unit()));
        }
    }

    private static String figure(double value, double spread) {
        String number = value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
        return number + " ±" + Math.round(spread * 50) + "%";
    }
}
