package dev.goldshop.persistence.internal.tx;

import dev.goldshop.engine.spi.Tx;
import java.util.List;

/**
 * Writes rows that a transaction collects while it runs and writes together just before it
 * commits ({@link TransactionRunner#writeBeforeCommit}): rows nothing in the transaction reads
 * back, such as audit rows, whose one multi-row insert costs one round trip instead of one per
 * call, and which, written last, hold the audit chain's head for the commit only.
 *
 * @param <T> the row type
 */
@FunctionalInterface
public interface BatchWriter<T> {
    /**
     * Writes the rows in the transaction.
     *
     * @param tx the transaction
     * @param rows the rows, in the order they were collected (at least one)
     */
    void writeAll(Tx tx, List<T> rows);
}
