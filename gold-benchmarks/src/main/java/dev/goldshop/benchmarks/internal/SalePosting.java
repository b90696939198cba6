package dev.goldshop.benchmarks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * {@code sale_posting}: issue and pay an invoice of three lines, at 1, 4 and 8 threads over the
 * mode's stock of items (counted stock, so that items never run out). Each sale picks three
 * different items at random from a fixed seed per worker.
 */
public final class SalePosting {
    private static final int[] THREADS = {1, 4, 8};
    private static final long SEED = 20_260_101L;

    private final Bench bench;
    private final Mode mode;
    private final Console console;

    /**
     * Creates the scenario.
     *
     * @param bench the bench
     * @param mode the sizes
     * @param console progress
     */
    public SalePosting(Bench bench, Mode mode, Console console) {
        this.bench = bench;
        this.mode = mode;
        this.console = console;
    }

    /**
     * Runs it.
     *
     * @return one row per thread count
     * @throws Exception if a sale fails
     */
    public List<ScenarioResult> run() throws Exception {
        console.progress("sale_posting: stocking " + mode.items() + " items");
        List<UUID> items = SaleSdk.stock(bench.shop(), bench.owner(), bench.admin(), mode.items());
        SaleSdk sdk = new SaleSdk(bench.shop(), bench.owner());
        SaleFloor floor = new SaleFloor(bench.floor(), bench.owner().actor().userId(), bench.owner().actor().name());
        checkSameRows(sdk, floor, items);
        List<ScenarioResult> results = new ArrayList<>();
        for (int threads : THREADS) {
            SplittableRandom[] random = new SplittableRandom[threads];
            for (int w = 0; w < threads; w++) {
                random[w] = new SplittableRandom(SEED + w);
            }
            Operation sale = (side, worker, sequence) -> {
                List<UUID> three = pick(items, random[worker]);
                if (side == Side.SDK) {
                    sdk.sell(three);
                } else {
                    floor.sell(three);
                }
            };
            Measurement m = new Rounds(console, bench.trips()).measure("sale_posting " + threads + " threads",
                    new Rounds.Plan(threads, mode.saleRound(), Long.MAX_VALUE), mode.rounds(),
                    new Rounds.Plan(threads, java.time.Duration.ofSeconds(2), Long.MAX_VALUE), sale);
            results.add(ScenarioResult.throughput("sale_posting", "sales/s", m, threads, items.size()));
        }
        return results;
    }

    /**
     * Sells once through each side and compares which tables changed by how many rows: the
     * floor is only a floor if it writes what the SDK writes.
     */
    private void checkSameRows(SaleSdk sdk, SaleFloor floor, List<UUID> items) throws Exception {
        SplittableRandom random = new SplittableRandom(SEED - 1);
        sdk.sell(pick(items, random));
        Map<String, Long> before = Sql.rowCounts(bench.admin());
        sdk.sell(pick(items, random));
        Map<String, Long> afterSdk = Sql.rowCounts(bench.admin());
        floor.sell(pick(items, random));
        Map<String, Long> afterFloor = Sql.rowCounts(bench.admin());
        Map<String, Long> sdkRows = Sql.changes(before, afterSdk);
        Map<String, Long> floorRows = Sql.changes(afterSdk, afterFloor);
        console.progress("sale_posting: rows written by one sale, sdk " + sdkRows);
        console.progress("sale_posting: rows written by one sale, floor " + floorRows);
        if (!sdkRows.equals(floorRows)) {
            throw new IllegalStateException("the floor does not write the rows the SDK writes: sdk " + sdkRows
                    + ", floor " + floorRows + "; update SaleFloor to match the SDK's sale");
        }
        console.progress("sale_posting: row check passed, both sides write the same rows per table");
    }

    private static List<UUID> pick(List<UUID> items, SplittableRandom random) {
        List<UUID> three = new ArrayList<>(3);
        while (three.size() < 3) {
            UUID item = items.get(random.nextInt(items.size()));
            if (!three.contains(item)) {
                three.add(item);
            }
        }
        // One lock order for every sale, so concurrent sales never deadlock on each other's items.
        three.sort(null);
        return three;
    }
}
