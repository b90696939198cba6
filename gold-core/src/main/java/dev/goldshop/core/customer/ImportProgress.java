package dev.goldshop.core.customer;

/**
 * Told by {@link CustomerImport} after each chunk commits, on the importing thread, so that a
 * host can show a progress bar or log a line. The counts only grow.
 */
@FunctionalInterface
public interface ImportProgress {
    /** Says nothing. */
    ImportProgress NONE = (rowsRead, imported, rejected) -> { };

    /**
     * A chunk was committed.
     *
     * @param rowsRead input rows read so far
     * @param imported customers saved so far
     * @param rejected rows rejected so far
     */
    void chunkCommitted(long rowsRead, long imported, long rejected);
}
