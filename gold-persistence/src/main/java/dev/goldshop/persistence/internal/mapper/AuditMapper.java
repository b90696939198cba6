package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.persistence.internal.audit.AuditRow;

/** Appends rows to {@code audit_logs}; the hash chain is computed by the database trigger. */
public interface AuditMapper {
    /**
     * Appends one row.
     *
     * @param row the row
     * @return rows inserted (1)
     */
    int insert(AuditRow row);

    /**
     * Appends rows in one statement, chained in list order.
     *
     * @param rows the rows
     * @return rows inserted
     */
    int insertAll(@org.apache.ibatis.annotations.Param("rows") java.util.List<AuditRow> rows);
}
