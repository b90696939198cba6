package dev.goldshop.persistence.internal.audit;

import dev.goldshop.core.audit.ChainBreak;
import dev.goldshop.core.audit.ChainProblem;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Rows outside every chain. The chaining trigger gives every row a chain, so such a row was
 * inserted with the trigger disabled, which only a superuser can do.
 *
 * @param rowCount how many there are
 * @param firstId the oldest of them, or null
 * @param firstCreatedAt its time, or null
 * @param firstSeq its sequence number, or null
 */
public record UnchainedRows(long rowCount, UUID firstId, Instant firstCreatedAt, Long firstSeq) {

    /**
     * The break these rows make.
     *
     * @return the break at the oldest of them, or empty when there are none
     */
    Optional<ChainBreak> asBreak() {
        if (rowCount == 0) {
            return Optional.empty();
        }
        return Optional.of(new ChainBreak(ChainBreak.NO_CHAIN, firstSeq == null ? 0 : firstSeq, firstId,
                firstCreatedAt, ChainProblem.UNCHAINED_ROW, rowCount + " row(s) belong to no chain, the oldest being "
                        + firstId + ": they were inserted with the chaining trigger disabled"));
    }
}
