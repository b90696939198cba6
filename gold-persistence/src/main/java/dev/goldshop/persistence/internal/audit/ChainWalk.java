package dev.goldshop.persistence.internal.audit;

import dev.goldshop.core.audit.ChainBreak;
import dev.goldshop.core.audit.ChainProblem;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the database found walking one chain: how many rows it checked, the first row that
 * failed a check (if any), the chain's last row and the chain's head.
 *
 * @param chainId the chain
 * @param rowsChecked rows in the chain
 * @param breakId the first failing row, or null
 * @param breakCreatedAt its time, or null
 * @param breakSeq its sequence number, or null (also when the row has none)
 * @param breakPreviousSeq the sequence number of the row before it, or null
 * @param breakProblem what failed, or null when every row passed
 * @param lastId the row with the highest sequence number, or null for an empty chain
 * @param lastCreatedAt its time, or null
 * @param lastSeq its sequence number, or null
 * @param lastHash its hash, or null
 * @param headFound whether {@code audit_chain_heads} has a row for the chain
 * @param headSeq the head's last sequence number, or null
 * @param headHash the head's last hash, or null
 */
public record ChainWalk(int chainId, long rowsChecked, UUID breakId, Instant breakCreatedAt, Long breakSeq,
        Long breakPreviousSeq, ChainProblem breakProblem, UUID lastId, Instant lastCreatedAt, Long lastSeq,
        String lastHash, boolean headFound, Long headSeq, String headHash) {

    /** The hash an empty chain's head starts from (V5 seeds every head with it). */
    static final String GENESIS = "genesis";

    /**
     * The chain's first break: a failing row if there is one, else a head that does not match
     * the last row.
     *
     * @return the break, or empty when the chain is intact
     */
    Optional<ChainBreak> firstBreak() {
        if (breakProblem != null) {
            return Optional.of(rowBreak());
        }
        long rowsEnd = lastSeq == null ? 0 : lastSeq;
        String rowsHash = lastHash == null ? GENESIS : lastHash;
        if (!headFound) {
            return Optional.of(new ChainBreak(chainId, rowsEnd, lastId, lastCreatedAt, ChainProblem.HEAD_MISMATCH,
                    "chain " + chainId + " has no head in audit_chain_heads; its last row is sequence " + rowsEnd
                            + ": the head was removed"));
        }
        if (headSeq == rowsEnd && headHash.equals(rowsHash)) {
            return Optional.empty();
        }
        long at = Math.max(headSeq, rowsEnd);
        boolean rowThere = lastSeq != null && lastSeq == at;
        String cause = headSeq > rowsEnd ? "rows " + (rowsEnd + 1) + " to " + headSeq + " were removed from its end"
                : headSeq < rowsEnd ? "rows " + (headSeq + 1) + " to " + rowsEnd + " were added without the chaining trigger"
                : "its last row or its head was rewritten";
        return Optional.of(new ChainBreak(chainId, at, rowThere ? lastId : null, rowThere ? lastCreatedAt : null,
                ChainProblem.HEAD_MISMATCH, "the head of chain " + chainId + " records sequence " + headSeq
                        + " with hash " + headHash + ", but the chain's last row is sequence " + rowsEnd
                        + " with hash " + rowsHash + ": " + cause));
    }

    private ChainBreak rowBreak() {
        long seq = breakSeq == null ? 0 : breakSeq;
        String row = "row " + breakId + " (chain " + chainId + ", sequence " + (breakSeq == null ? "none" : breakSeq)
                + ")";
        String detail = switch (breakProblem) {
            case HASH_MISMATCH -> row + " no longer hashes to its stored hash: its content was changed after it"
                    + " was written";
            case LINK_MISMATCH -> row + " does not link to the hash of the row before it ("
                    + (breakPreviousSeq == null ? "the chain's start" : "sequence " + breakPreviousSeq)
                    + "): a row before it was removed, or rows were reordered";
            case SEQUENCE_GAP -> row + " follows "
                    + (breakPreviousSeq == null ? "the chain's start" : "sequence " + breakPreviousSeq)
                    + ": rows in between were removed and the links rewritten";
            default -> row + ": " + breakProblem.label();
        };
        return new ChainBreak(chainId, seq, breakId, breakCreatedAt, breakProblem, detail);
    }
}
