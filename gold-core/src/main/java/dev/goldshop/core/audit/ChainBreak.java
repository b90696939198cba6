package dev.goldshop.core.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The first place where one chain of the audit trail stops being trustworthy. Every row after
 * it in the same chain is suspect too; rows before it are proven untouched (as far as a hash
 * chain without an outside anchor can prove it: someone who rewrites every later row and the
 * chain's head with the same hash function leaves no break).
 *
 * @param chainId the chain, 0 to 7; {@link #NO_CHAIN} for an {@link ChainProblem#UNCHAINED_ROW}
 * @param sequence the sequence number in the chain where the break is: the broken row's, or for
 *     a {@link ChainProblem#HEAD_MISMATCH} the last sequence that head and rows disagree on (the
 *     first removed row's number when the tail was removed); 0 when the row has none
 * @param rowId the broken row, or {@code null} when the break is a missing row
 * @param createdAt when the broken row was written, or {@code null} when there is no row
 * @param problem what is wrong
 * @param detail a sentence for an investigator, naming the values that disagree
 */
public record ChainBreak(int chainId, long sequence, UUID rowId, Instant createdAt, ChainProblem problem,
        String detail) {

    /** The {@link #chainId()} of a row that belongs to no chain. */
    public static final int NO_CHAIN = -1;

    /**
     * Validates the components.
     *
     * @throws NullPointerException if {@code problem} or {@code detail} is null
     */
    public ChainBreak {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(detail, "detail");
    }
}
