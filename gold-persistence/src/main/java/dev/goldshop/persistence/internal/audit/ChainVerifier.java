package dev.goldshop.persistence.internal.audit;

import dev.goldshop.core.audit.ChainBreak;
import dev.goldshop.core.audit.ChainVerification;
import dev.goldshop.persistence.internal.mapper.AuditQueryMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the audit trail's hash chains, one statement per chain, plus one for rows outside
 * every chain. The walking and hashing happen in the database (the hash function is the one
 * the chaining trigger uses), so no row travels to the JVM and the check cannot drift from the
 * way rows were chained.
 */
final class ChainVerifier {
    /** V5 spreads rows over chains 0 to 7 ({@code ck_audit_logs_chain_id}). */
    static final int CHAINS = 8;

    /**
     * Walks every chain.
     *
     * @param mapper the reading mapper, in the caller's transaction
     * @return the rows checked and the first break of each broken chain
     */
    ChainVerification verify(AuditQueryMapper mapper) {
        long rows = 0;
        List<ChainBreak> breaks = new ArrayList<>();
        for (int chain = 0; chain < CHAINS; chain++) {
            ChainWalk walk = mapper.selectChainWalk(chain);
            rows += walk.rowsChecked();
            walk.firstBreak().ifPresent(breaks::add);
        }
        UnchainedRows unchained = mapper.selectUnchained();
        rows += unchained.rowCount();
        unchained.asBreak().ifPresent(breaks::add);
        return new ChainVerification(rows, CHAINS, breaks);
    }
}
