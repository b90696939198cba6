package dev.goldshop.core.customer;

import java.util.List;

/**
 * What {@link CustomerImport#importCustomers} did.
 *
 * @param rowsRead input rows read
 * @param imported customers saved
 * @param chunks transactions committed (one audit row each)
 * @param rejected every row left out, in row order
 */
public record ImportReport(long rowsRead, long imported, int chunks, List<RejectedRow> rejected) {
    /**
     * Copies the list.
     */
    public ImportReport {
        rejected = List.copyOf(rejected);
    }
}
