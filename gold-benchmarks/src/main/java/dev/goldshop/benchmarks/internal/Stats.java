package dev.goldshop.benchmarks.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The few statistics the report needs: medians of rounds (the machine is noisy, so one round
 * says little and the median of several says more than their mean), the spread of the rounds
 * around it, and latency percentiles by the nearest-rank method.
 */
public final class Stats {
    private Stats() {
    }

    /**
     * The median: the middle value, or the mean of the two middle ones.
     *
     * @param values at least one value
     * @return the median
     */
    public static double median(List<Double> values) {
        double[] sorted = sorted(values);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /**
     * How far the rounds lie apart, relative to their median: (max - min) / median. A spread of
     * 0.12 means the fastest and slowest round differ by 12 % of the median.
     *
     * @param values at least one value
     * @return the relative spread, 0 for a single round
     */
    public static double spread(List<Double> values) {
        double[] sorted = sorted(values);
        double median = median(values);
        return median == 0 ? 0 : (sorted[sorted.length - 1] - sorted[0]) / median;
    }

    /**
     * A percentile by nearest rank: the smallest value at or below which {@code p} percent of
     * the values lie.
     *
     * @param sortedNanos latencies in nanoseconds, sorted ascending, at least one
     * @param p the percentile, above 0 and at most 100
     * @return the latency in milliseconds
     */
    public static double percentileMillis(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            throw new IllegalArgumentException("no latencies recorded");
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length, rank) - 1)] / 1_000_000.0;
    }

    private static double[] sorted(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
