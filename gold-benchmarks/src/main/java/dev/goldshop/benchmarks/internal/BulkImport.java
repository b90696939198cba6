package dev.goldshop.benchmarks.internal;

import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerImport;
import dev.goldshop.core.customer.ImportOptions;
import dev.goldshop.core.customer.ImportReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code bulk_import}: importing the mode's rows of realistic customers through
 * {@link CustomerImport} against the floor's hand-written chunked {@code COPY} (same chunks, same
 * rows, checked before the rounds). Every round starts
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
        checkSameRows(imports, floor);
        Rounds.Plan one = new Rounds.Plan(1, Duration.ofHours(1), 1);
        Measurement m = new Rounds(console, bench.trips()).measure("bulk_import", one, mode.rounds(), null, importAll,
                this::empty);
        return ScenarioResult.throughput("bulk_import", "rows/s", m, 1, rows.size()).perOperation(rows.size());
    }

    /**
     * Imports one chunk through each side, from the same empty customer table, and compares
     * which tables changed by how many rows, and the stored customer and audit row of the first
     * person (less what differs by nature: ids, codes, times, ciphertext, chain position): the
     * floor is only a floor if it writes what the SDK writes.
     */
    private void checkSameRows(CustomerImport imports, ImportFloor floor) throws Exception {
        List<CustomerDetails> chunk = People.range(0, ImportOptions.DEFAULT_CHUNK_SIZE);
        empty();
        Map<String, Long> before = Sql.rowCounts(bench.admin());
        imports.importCustomers(bench.owner(), chunk, ImportOptions.defaults(),
                dev.goldshop.core.customer.ImportProgress.NONE);
        Map<String, Long> sdkRows = Sql.changes(before, Sql.rowCounts(bench.admin()));
        List<String> sdkWritten = writtenRows();
        empty();
        before = Sql.rowCounts(bench.admin());
        floor.importAll(chunk, ImportOptions.DEFAULT_CHUNK_SIZE);
        Map<String, Long> floorRows = Sql.changes(before, Sql.rowCounts(bench.admin()));
        List<String> floorWritten = writtenRows();
        console.progress("bulk_import: rows written by one chunk, sdk " + sdkRows + ", floor " + floorRows);
        if (!sdkRows.equals(floorRows)) {
            throw new IllegalStateException("the floor does not write the rows the SDK writes: sdk " + sdkRows
                    + ", floor " + floorRows + "; update ImportFloor to match the SDK's import");
        }
        if (!sdkWritten.equals(floorWritten)) {
            throw new IllegalStateException("the floor's rows differ from the SDK's: sdk " + sdkWritten + ", floor "
                    + floorWritten + "; update ImportFloor to match the SDK's import");
        }
        console.progress("bulk_import: row check passed, both sides write the same rows per table, with the same"
                + " values");
        empty();
    }

    /** The first person's customer row and the newest import audit row, as JSON text without what differs by nature. */
    private List<String> writtenRows() {
        String customer = Sql.column(bench.admin(), "SELECT (to_jsonb(c) - ARRAY['id', 'customer_code',"
                + " 'national_id_enc', 'created_at', 'updated_at'])::text FROM customers c WHERE c.phone = ?",
                People.e164Phone(0)).toString();
        String audit = Sql.column(bench.admin(), "SELECT (to_jsonb(a) - ARRAY['id', 'created_at', 'chain_id',"
                + " 'chain_seq', 'prev_hash', 'hash'])::text FROM audit_logs a WHERE a.action_type = 'import'"
                + " ORDER BY a.created_at DESC, a.id DESC LIMIT 1").toString();
        return List.of(customer, audit);
    }

    /** Removes every customer (nothing else refers to the bench's customers), outside the timing. */
    private void empty() {
        Sql.exec(bench.admin(), "DELETE FROM customers", "VACUUM ANALYZE customers");
    }
}
