package dev.goldshop.core.audit;

import dev.goldshop.core.value.CodedEnum;

/**
 * What {@link AuditTrail#verify} found wrong at a {@link ChainBreak}. Each kind points at a
 * different way the trail was tampered with, so that an investigator knows what to look for.
 */
public enum ChainProblem implements CodedEnum {
    /** The row's content no longer hashes to its stored hash: the row was edited. */
    HASH_MISMATCH("hash_mismatch", "hash mismatch"),
    /**
     * The row does not point at the hash of the row before it in its chain: a row before it was
     * removed, or rows were reordered.
     */
    LINK_MISMATCH("link_mismatch", "link mismatch"),
    /**
     * The row's sequence number does not follow the previous row's: rows were removed and the
     * links were rewritten to hide it.
     */
    SEQUENCE_GAP("sequence_gap", "sequence gap"),
    /**
     * The chain's head (its recorded last sequence and hash) does not match the chain's last
     * row: rows were removed from the end of the chain, or added without the chaining trigger.
     */
    HEAD_MISMATCH("head_mismatch", "head mismatch"),
    /** A row belongs to no chain at all: it was inserted with the chaining trigger disabled. */
    UNCHAINED_ROW("unchained_row", "unchained row");

    private final String code;
    private final String label;

    ChainProblem(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /**
     * A stable code for machines, for example {@code hash_mismatch}.
     *
     * @return the code
     */
    @Override
    public String code() {
        return code;
    }

    /**
     * The words a report shows, for example {@code hash mismatch}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The label, so that a break prints as a person would write it.
     *
     * @return {@link #label()}
     */
    @Override
    public String toString() {
        return label;
    }
}
