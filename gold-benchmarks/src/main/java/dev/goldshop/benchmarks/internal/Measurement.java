package dev.goldshop.benchmarks.internal;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The recorded rounds of both sides of one measurement, and the figures the report takes from
 * them: medians across rounds (never a mean: one disturbed round must not move the figure), the
 * spread of the rounds, and round trips per operation.
 *
 * @param sdk the SDK's rounds
 * @param floor the floor's rounds
 */
public record Measurement(List<RoundResult> sdk, List<RoundResult> floor) {
    /** Copies. */
    public Measurement {
        sdk = List.copyOf(sdk);
        floor = List.copyOf(floor);
    }

    /**
     * The median of a per-round figure.
     *
     * @param side whose rounds
     * @param figure the figure of one round
     * @return the median
     */
    public double median(Side side, ToDoubleFunction<RoundResult> figure) {
        return Stats.median(rounds(side).stream().map(r -> figure.applyAsDouble(r)).toList());
    }

    /**
     * The relative spread of a per-round figure.
     *
     * @param side whose rounds
     * @param figure the figure of one round
     * @return (max - min) / median
     */
    public double spread(Side side, ToDoubleFunction<RoundResult> figure) {
        return Stats.spread(rounds(side).stream().map(r -> figure.applyAsDouble(r)).toList());
    }

    /**
     * Round trips per operation over all recorded rounds of a side.
     *
     * @param side whose rounds
     * @return the average count
     */
    public double roundTripsPerOperation(Side side) {
        long trips = rounds(side).stream().mapToLong(RoundResult::roundTrips).sum();
        long ops = rounds(side).stream().mapToLong(RoundResult::operations).sum();
        return ops == 0 ? 0 : (double) trips / ops;
    }

    private List<RoundResult> rounds(Side side) {
        return side == Side.SDK ? sdk : floor;
    }
}
