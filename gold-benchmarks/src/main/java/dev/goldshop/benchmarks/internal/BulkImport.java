package dev.goldshop.benchmarks.internal;

import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerImport;
import dev.goldshop.core.customer.ImportOptions;
import dev.goldshop.core.customer.ImportReport;
import java.time.Duration;
import java.util.List;

/**
 * {@code bulk_import}: importing the mode's rows of realistic customers through
 * {@link CustomerImport} against the floor's hand-written chunked insert. Every round starts
 * from an empty customer table, so each imports into the same state. The table is left holding
 * one SDK import, the data {@link CustomerSearchScenario} searches.
 */
public final class BulkImport {
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
    public BulkImport(Bench bench, Mode mode, Console console) {
        this.bench = bench;
        this.mode = mode;
        this.console = console;
    }

    /**
     * Runs it.
     *
     * @return the row
     * @throws Exception if an import fails
     */
    public ScenarioResult run() throws Exception {
        CustomerImport imports = bench.shop().facade(CustomerImport.class);
        ImportFloor floor = new ImportFloor(bench.floor(), bench.owner().actor().userId(),
                bench.owner().actor().name());
        List<CustomerDetails> rows = People.range(0, mode.importRows());
        Operation importAll = (side, worker, sequence) -> {
            if (side == Side.SDK) {
                ImportReport report = imports.importCustomers(bench.owner(), rows, ImportOptions.defaults(),
                        (read, imported, rejected) -> {
                            if (read % 25_000 == 0) {
                                console.progress("bulk_import: sdk " + read + " rows read, " + imported + " imported");
                            }
                        });
                if (report.imported() != rows.size()) {
                    throw new IllegalStateException("the SDK rejected bench rows: " + report.rejected().subList(0,
                            Math.min(5, report.rejected().size())));
                }
            } else {
                floor.importAll(rows, ImportOptions.DEFAULT_CHUNK_SIZE);
            }
        };
        console.progress("bulk_import: warming up on 5,000 rows a side");
        empty();
        imports.importCustomers(bench.owner(), People.range(0, 5_000), ImportOptions.defaults(),
                dev.goldshop.core.customer.ImportProgress.NONE);
        empty();
        floor.importAll(People.range(0, 5_000), ImportOptions.DEFAULT_CHUNK_SIZE);
        Rounds.Plan one = new Rounds.Plan(1, Duration.ofHours(1), 1);
        Measurement m = new Rounds(console, bench.trips()).measure("bulk_import", one, mode.rounds(), null, importAll,
                this::empty);
        return ScenarioResult.throughput("bulk_import", "rows/s", m, 1, rows.size()).perOperation(rows.size());
    }

    /** Removes every customer (nothing else refers to the bench's customers), outside the timing. */
    private void empty() {
        Sql.exec(bench.admin(), "DELETE FROM customers", "VACUUM ANALYZE customers");
    }
}
