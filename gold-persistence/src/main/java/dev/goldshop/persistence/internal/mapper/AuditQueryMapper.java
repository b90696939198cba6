package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.core.audit.AuditEntry;
import dev.goldshop.persistence.internal.audit.AuditSearch;
import dev.goldshop.persistence.internal.audit.ChainWalk;
import dev.goldshop.persistence.internal.audit.UnchainedRows;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * Reads {@code audit_logs} for the audit trail facade: keyset pages and the hash-chain walk.
 * Nothing here writes; rows are appended only through {@link AuditMapper}.
 */
public interface AuditQueryMapper {
    /**
     * Rows matching the filters, newest first, after the search's cursor.
     *
     * @param search filters, cursor and how many rows to fetch
     * @return up to {@code search.fetch()} rows
     */
    List<AuditEntry> selectPage(AuditSearch search);

    /**
     * Rows of one resource, oldest first, after the search's cursor.
     *
     * @param search resource type and id, cursor and how many rows to fetch
     * @return up to {@code search.fetch()} rows
     */
    List<AuditEntry> selectHistoryPage(AuditSearch search);

    /**
     * Walks one chain in sequence order and returns its first broken row, its last row and its
     * head, in one statement so that rows and head come from one snapshot.
     *
     * @param chainId the chain, 0 to 7
     * @return the walk's findings (always one row)
     */
    ChainWalk selectChainWalk(@Param("chainId") int chainId);

    /**
     * Counts rows that belong to no chain and finds the oldest of them.
     *
     * @return the count and the oldest row (always one row)
     */
    UnchainedRows selectUnchained();
}
