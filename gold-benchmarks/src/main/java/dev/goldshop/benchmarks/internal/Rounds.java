package dev.goldshop.benchmarks.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs SDK and floor rounds interleaved (SDK first in odd rounds, floor first in even ones), so
 * that the machine's drift between minutes, which is as large as the differences measured, hits
 * both sides alike. Each side first gets one unrecorded warm-up round (JIT, caches, pools).
 */
public final class Rounds {
    private final Console console;
    private final RoundTrips trips;

    /**
     * Creates the runner.
     *
     * @param console where progress goes
     * @param trips the round-trip counter of both pools
     */
    public Rounds(Console console, RoundTrips trips) {
        this.console = console;
        this.trips = trips;
    }

    /**
     * How a round is bounded: by time, by a count of operations per worker, or both (whichever
     * ends first).
     *
     * @param threads worker threads
     * @param duration the longest a round runs
     * @param opsPerWorker the most operations a worker does in a round
     */
    public record Plan(int threads, Duration duration, long opsPerWorker) {
    }

    /**
     * Measures both sides.
     *
     * @param label what is measured, for the progress lines
     * @param plan the bound of each round
     * @param rounds recorded rounds per side
     * @param warmup the bound of the warm-up round
     * @param operation the work
     * @return the recorded rounds of both sides
     * @throws Exception if an operation fails
     */
    public Measurement measure(String label, Plan plan, int rounds, Plan warmup, Operation operation)
            throws Exception {
        return measure(label, plan, rounds, warmup, operation, () -> { });
    }

    /**
     * Measures both sides, preparing the database before every round (untimed).
     *
     * @param label what is measured, for the progress lines
     * @param plan the bound of each round
     * @param rounds recorded rounds per side
     * @param warmup the bound of the warm-up round, or {@code null} for none
     * @param operation the work
     * @param beforeRound runs before every round, outside the timing
     * @return the recorded rounds of both sides
     * @throws Exception if an operation fails
     */
    public Measurement measure(String label, Plan plan, int rounds, Plan warmup, Operation operation,
            Runnable beforeRound) throws Exception {
        if (warmup != null) {
            beforeRound.run();
            run(Side.SDK, warmup, operation);
            beforeRound.run();
            run(Side.FLOOR, warmup, operation);
        }
        List<RoundResult> sdk = new ArrayList<>();
        List<RoundResult> floor = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            List<Side> order = round % 2 == 1 ? List.of(Side.SDK, Side.FLOOR) : List.of(Side.FLOOR, Side.SDK);
            for (Side side : order) {
                beforeRound.run();
                RoundResult result = run(side, plan, operation);
                (side == Side.SDK ? sdk : floor).add(result);
                console.progress(String.format("%s: round %d/%d %-5s %,.1f ops/s, p50 %.2f ms, %.1f round trips/op",
                        label, round, rounds, side.name().toLowerCase(java.util.Locale.ROOT), result.throughput(),
                        result.percentile(50), (double) result.roundTrips() / Math.max(1, result.operations())));
            }
        }
        return new Measurement(sdk, floor);
    }

    /**
     * Runs one round.
     *
     * @param side who works
     * @param plan the bound
     * @param operation the work
     * @return what it measured
     * @throws Exception if an operation fails
     */
    public RoundResult run(Side side, Plan plan, Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(plan.threads(), r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger ready = new AtomicInteger();
            long[] deadline = new long[1];
            List<Future<long[]>> workers = new ArrayList<>();
            long tripsBefore = trips.total();
            for (int w = 0; w < plan.threads(); w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    RoundTrips.countOnThisThread();
                    ready.incrementAndGet();
                    start.await();
                    long[] latencies = new long[1024];
                    int n = 0;
                    while (n < plan.opsPerWorker() && System.nanoTime() < deadline[0]) {
                        long t0 = System.nanoTime();
                        operation.run(side, worker, n);
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - t0;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            while (ready.get() < plan.threads()) {
                Thread.onSpinWait();
            }
            long t0 = System.nanoTime();
            deadline[0] = t0 + plan.duration().toNanos();
            start.countDown();
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : workers) {
                all.add(f.get());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).toArray();
            return new RoundResult(side, latencies.length, seconds, latencies, trips.total() - tripsBefore);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
