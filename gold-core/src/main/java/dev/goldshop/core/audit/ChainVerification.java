package dev.goldshop.core.audit;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link AuditTrail#verify}: how much of the trail was checked and where it is
 * broken, if anywhere.
 *
 * @param rowsChecked how many audit rows were checked, in every chain and outside them
 * @param chainsChecked how many chains were walked
 * @param breaks the first break of each broken chain (and one for rows outside every chain),
 *     earliest first: by {@link ChainBreak#createdAt()}, breaks without a row (a removed tail)
 *     last, then by chain and sequence; empty when the trail is intact
 */
public record ChainVerification(long rowsChecked, int chainsChecked, List<ChainBreak> breaks) {
    private static final Comparator<ChainBreak> EARLIEST_FIRST = Comparator
            .comparing(ChainBreak::createdAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparingInt(ChainBreak::chainId)
            .thenComparingLong(ChainBreak::sequence);

    /**
     * Validates the counts and sorts the breaks earliest first.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public ChainVerification {
        if (rowsChecked < 0 || chainsChecked < 0) {
            throw new IllegalArgumentException("counts cannot be negative, got rowsChecked " + rowsChecked
                    + " and chainsChecked " + chainsChecked);
        }
        breaks = breaks.stream().sorted(EARLIEST_FIRST).toList();
    }

    /**
     * Whether the whole trail is intact.
     *
     * @return true if no chain is broken
     */
    public boolean ok() {
        return breaks.isEmpty();
    }

    /**
     * The earliest break of the trail: from here on, the trail cannot be trusted.
     *
     * @return the first of {@link #breaks()}, or empty when the trail is intact
     */
    public Optional<ChainBreak> firstBreak() {
        return breaks.stream().findFirst();
    }
}
