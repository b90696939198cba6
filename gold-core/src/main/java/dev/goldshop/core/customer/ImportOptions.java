package dev.goldshop.core.customer;

import dev.goldshop.core.error.ValidationException;

/**
 * How {@link CustomerImport} saves: how many input rows go into one transaction, and what to
 * do with duplicates.
 *
 * @param chunkSize input rows per transaction and audit row, 1 to {@value #MAX_CHUNK_SIZE};
 *     larger chunks are faster, smaller ones report progress more often. The bound comes from
 *     the duplicate check: it holds one lock per phone, e-mail and national id of the chunk until
 *     commit (the locks a single create takes), and PostgreSQL's shared lock table holds about
 *     6,400 by default ({@code max_locks_per_transaction} x {@code max_connections})
 * @param duplicates {@link DuplicatePolicy#REJECT} to leave out rows that repeat a national id,
 *     phone or e-mail, {@link DuplicatePolicy#ALLOW} to save them anyway
 */
public record ImportOptions(int chunkSize, DuplicatePolicy duplicates) {
    /** The default chunk size. */
    public static final int DEFAULT_CHUNK_SIZE = 500;
    /** The largest chunk size accepted: up to 3,000 duplicate locks, half the default lock table. */
    public static final int MAX_CHUNK_SIZE = 1_000;

    /**
     * Validates.
     *
     * @throws ValidationException if the chunk size is out of range or the policy missing
     */
    public ImportOptions {
        if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
            throw ValidationException.of("chunkSize", String.valueOf(chunkSize),
                    "must be from 1 to " + MAX_CHUNK_SIZE + " rows");
        }
        if (duplicates == null) {
            throw ValidationException.of("duplicates", null, "is required: DuplicatePolicy.REJECT or ALLOW");
        }
    }

    /**
     * Chunks of {@value #DEFAULT_CHUNK_SIZE} rows, duplicates rejected.
     *
     * @return the defaults
     */
    public static ImportOptions defaults() {
        return new ImportOptions(DEFAULT_CHUNK_SIZE, DuplicatePolicy.REJECT);
    }

    /**
     * A copy with another chunk size.
     *
     * @param rows rows per chunk
     * @return the copy
     */
    public ImportOptions withChunkSize(int rows) {
        return new ImportOptions(rows, duplicates);
    }

    /**
     * A copy with another duplicate policy.
     *
     * @param policy the policy
     * @return the copy
     */
    public ImportOptions withDuplicates(DuplicatePolicy policy) {
        return new ImportOptions(chunkSize, policy);
    }
}
