package dev.goldshop.benchmarks.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the report.
 *
 * @param name the scenario and variant, for example {@code sale_posting} or {@code customer_search.phone}
 * @param unit what {@code sdk} and {@code floor} count, for example {@code sales/s} or {@code ms}
 * @param sdk the SDK's median
 * @param floor the floor's median
 * @param ratio how close the SDK is to the floor: 1.0 is as fast; SDK/floor for throughputs,
 *     floor/SDK for latencies
 * @param sdkSpread (max - min) / median of the SDK's rounds
 * @param floorSpread the same for the floor
 * @param p50Millis the SDK's median latency (median over rounds)
 * @param p99Millis the SDK's 99th percentile latency (median over rounds)
 * @param floorP50Millis the floor's median latency
 * @param floorP99Millis the floor's 99th percentile latency
 * @param threads worker threads
 * @param rows the size of the data the scenario ran on
 * @param sdkRoundTrips round trips per operation of the SDK
 * @param floorRoundTrips round trips per operation of the floor
 * @param rounds recorded rounds per side
 */
public record ScenarioResult(String name, String unit, double sdk, double floor, double ratio, double sdkSpread,
        double floorSpread, double p50Millis, double p99Millis, double floorP50Millis, double floorP99Millis,
        int threads, long rows, double sdkRoundTrips, double floorRoundTrips, int rounds) {

    /**
     * A throughput row: ratio = SDK / floor.
     *
     * @param name the name
     * @param unit the unit, per second
     * @param m the measurement
     * @param threads worker threads
     * @param rows data size
     * @return the row
     */
    public static ScenarioResult throughput(String name, String unit, Measurement m, int threads, long rows) {
        double sdk = m.median(Side.SDK, RoundResult::throughput);
        double floor = m.median(Side.FLOOR, RoundResult::throughput);
        return new ScenarioResult(name, unit, sdk, floor, sdk / floor, m.spread(Side.SDK, RoundResult::throughput),
                m.spread(Side.FLOOR, RoundResult::throughput), m.median(Side.SDK, r -> r.percentile(50)),
                m.median(Side.SDK, r -> r.percentile(99)), m.median(Side.FLOOR, r -> r.percentile(50)),
                m.median(Side.FLOOR, r -> r.percentile(99)), threads, rows, m.roundTripsPerOperation(Side.SDK),
                m.roundTripsPerOperation(Side.FLOOR), m.sdk().size());
    }

    /**
     * A latency row: {@code sdk} and {@code floor} are p99 milliseconds, ratio = floor / SDK.
     *
     * @param name the name
     * @param m the measurement
     * @param threads worker threads
     * @param rows data size
     * @return the row
     */
    public static ScenarioResult p99(String name, Measurement m, int threads, long rows) {
        double sdk = m.median(Side.SDK, r -> r.percentile(99));
        double floor = m.median(Side.FLOOR, r -> r.percentile(99));
        return new ScenarioResult(name, "p99 ms", sdk, floor, floor / sdk, m.spread(Side.SDK, r -> r.percentile(99)),
                m.spread(Side.FLOOR, r -> r.percentile(99)), m.median(Side.SDK, r -> r.percentile(50)), sdk,
                m.median(Side.FLOOR, r -> r.percentile(50)), floor, threads, rows, m.roundTripsPerOperation(Side.SDK),
                m.roundTripsPerOperation(Side.FLOOR), m.sdk().size());
    }

    /**
     * A single-operation latency row (startup): {@code sdk} and {@code floor} are median
     * milliseconds, ratio = floor / SDK.
     *
     * @param name the name
     * @param m the measurement, one operation per round
     * @param rows data size
     * @return the row
     */
    public static ScenarioResult latency(String name, Measurement m, long rows) {
        double sdk = m.median(Side.SDK, r -> r.percentile(50));
        double floor = m.median(Side.FLOOR, r -> r.percentile(50));
        return new ScenarioResult(name, "ms", sdk, floor, floor / sdk, m.spread(Side.SDK, r -> r.percentile(50)),
                m.spread(Side.FLOOR, r -> r.percentile(50)), sdk, m.median(Side.SDK, r -> r.percentile(99)), floor,
                m.median(Side.FLOOR, r -> r.percentile(99)), 1, rows, m.roundTripsPerOperation(Side.SDK),
                m.roundTripsPerOperation(Side.FLOOR), m.sdk().size());
    }

    /**
     * The same row counting work items instead of operations (an import of 100,000 rows is one
     * operation): throughputs are multiplied, latencies and the ratio stay.
     *
     * @param itemsPerOperation items in one operation
     * @return the row
     */
    public ScenarioResult perOperation(long itemsPerOperation) {
        return new ScenarioResult(name, unit, sdk * itemsPerOperation, floor * itemsPerOperation, ratio, sdkSpread,
                floorSpread, p50Millis, p99Millis, floorP50Millis, floorP99Millis, threads, rows,
                sdkRoundTrips / itemsPerOperation, floorRoundTrips / itemsPerOperation, rounds);
    }

    /**
     * The row as it goes into results.json, with the field names first.
     *
     * @return the fields in order
     */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("unit", unit);
        json.put("sdk", round(sdk));
        json.put("floor", round(floor));
        json.put("ratio", round(ratio));
        json.put("p50_ms", round(p50Millis));
        json.put("p99_ms", round(p99Millis));
        json.put("threads", threads);
        json.put("rows", rows);
        json.put("sdk_spread", round(sdkSpread));
        json.put("floor_spread", round(floorSpread));
        json.put("floor_p50_ms", round(floorP50Millis));
        json.put("floor_p99_ms", round(floorP99Millis));
        json.put("sdk_round_trips", round(sdkRoundTrips));
        json.put("floor_round_trips", round(floorRoundTrips));
        json.put("rounds", rounds);
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
