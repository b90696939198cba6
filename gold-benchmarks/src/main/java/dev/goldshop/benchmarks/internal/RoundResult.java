package dev.goldshop.benchmarks.internal;

import java.util.Arrays;

/**
 * What one round of one side measured.
 *
 * @param side who worked
 * @param operations operations completed
 * @param seconds wall time of the round
 * @param latencies each operation's time in nanoseconds, sorted
 * @param roundTrips round trips to the database made by the workers
 */
public record RoundResult(Side side, long operations, double seconds, long[] latencies, long roundTrips) {
    /** Sorts a copy of the latencies. */
    public RoundResult {
        latencies = latencies.clone();
        Arrays.sort(latencies);
    }

    /**
     * Operations per second.
     *
     * @return the throughput
     */
    public double throughput() {
        return operations / seconds;
    }

    /**
     * A latency percentile.
     *
     * @param p the percentile
     * @return milliseconds
     */
    public double percentile(double p) {
        return Stats.percentileMillis(latencies, p);
    }
}
