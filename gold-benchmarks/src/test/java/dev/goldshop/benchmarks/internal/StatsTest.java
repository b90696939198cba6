package dev.goldshop.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures the report is made of: medians, spreads, percentiles, ratios and the JSON row. */
class StatsTest {

    @Test
    void the_median_is_the_middle_round_or_the_mean_of_the_two_middle_ones() {
        assertThat(Stats.median(List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_spread_is_the_range_relative_to_the_median() {
        assertThat(Stats.spread(List.of(90.0, 100.0, 110.0))).isCloseTo(0.2, within(1e-9));
        assertThat(Stats.spread(List.of(7.0))).isZero();
    }

    @Test
    void percentiles_take_the_nearest_rank() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (i + 1) * 1_000_000L;
        }
        assertThat(Stats.percentileMillis(nanos, 50)).isEqualTo(50.0);
        assertThat(Stats.percentileMillis(nanos, 99)).isEqualTo(99.0);
        assertThat(Stats.percentileMillis(nanos, 100)).isEqualTo(100.0);
        assertThat(Stats.percentileMillis(new long[] {3_000_000L}, 99)).isEqualTo(3.0);
    }

    @Test
    void a_throughput_ratio_is_sdk_over_floor_and_a_latency_ratio_floor_over_sdk_from_medians() {
        Measurement m = new Measurement(
                List.of(round(Side.SDK, 80, 10), round(Side.SDK, 40, 20), round(Side.SDK, 90, 10)),
                List.of(round(Side.FLOOR, 100, 5), round(Side.FLOOR, 200, 5), round(Side.FLOOR, 90, 5)));

        ScenarioResult throughput = ScenarioResult.throughput("sale_posting", "sales/s", m, 8, 10_000);
        assertThat(throughput.sdk()).isEqualTo(80.0);
        assertThat(throughput.floor()).isEqualTo(100.0);
        assertThat(throughput.ratio()).isEqualTo(0.8);
        assertThat(throughput.sdkRoundTrips()).isEqualTo(10.0);

        ScenarioResult latency = ScenarioResult.p99("customer_search.phone", m, 4, 100_000);
        assertThat(latency.sdk()).isEqualTo(10.0);
        assertThat(latency.floor()).isEqualTo(5.0);
        assertThat(latency.ratio()).isEqualTo(0.5);
    }

    @Test
    void the_json_row_carries_the_issue_fields_first() {
        Measurement m = new Measurement(List.of(round(Side.SDK, 50, 2)), List.of(round(Side.FLOOR, 100, 1)));
        Map<String, Object> json = ScenarioResult.throughput("sale_posting", "sales/s", m, 1, 10).toJson();
        assertThat(json.keySet()).startsWith("name", "unit", "sdk", "floor", "ratio", "p50_ms", "p99_ms", "threads",
                "rows");
        assertThat(json.get("ratio")).isEqualTo(0.5);
    }

    /** A one-second round of {@code ops} operations, each taking {@code millis}, with 10 round trips each. */
    private static RoundResult round(Side side, int ops, long millis) {
        long[] latencies = new long[ops];
        java.util.Arrays.fill(latencies, millis * 1_000_000L);
        return new RoundResult(side, ops, 1.0, latencies, ops * 10L);
    }
}
