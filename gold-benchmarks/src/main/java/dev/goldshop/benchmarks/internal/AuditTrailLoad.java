package dev.goldshop.benchmarks.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads many generated audit rows fast, chained exactly as V5's trigger would chain them: the
 * hashes are computed in Java ({@link AuditChainHash}), the rows streamed with {@code COPY} while
 * they are generated, with the triggers off for the loading session only
 * ({@code session_replication_role = replica}, which needs a superuser: the bench's embedded
 * server has one), spread round-robin over the 8 chains, and each chain's head set to its last
 * row. The secondary indexes of {@code audit_logs} are dropped for the load and built again
 * after it, from their own definitions: one sort per index instead of millions of scattered
 * inserts.
 *
 * <p>Rows go in transactions of {@value #ROWS_PER_TRANSACTION} rows, each of which locks the
 * chain heads first and continues the chains from them, so a row the SDK writes meanwhile (through
 * the trigger, which waits for the lock) still chains correctly.
 */
final class AuditTrailLoad {
    /** V5: chain ids 0 to 7. */
    static final int CHAINS = 8;
    static final int ROWS_PER_TRANSACTION = 500_000;
    private static final int SEND_CHARS = 1 << 20;
    private static final String COPY = "COPY audit_logs (id, user_id, session_id, action_type, resource_type,"
            + " resource_id, old_data, new_data, ip_address, user_agent, additional_context, created_at, outcome,"
            + " actor_name, chain_id, chain_seq, prev_hash, hash) FROM STDIN";

    private final DataSource admin;
    private final Console console;

    /**
     * Creates the loader.
     *
     * @param admin a pool of the database's superuser
     * @param console progress, or null for none
     */
    AuditTrailLoad(DataSource admin, Console console) {
        this.admin = admin;
        this.console = console;
    }

    /**
     * Loads rows {@code 0} to {@code rows - 1} of a source. Row {@code g} goes to chain
     * {@code g % 8}; the chain id and sequence the source puts in a row are replaced.
     *
     * @param rows how many
     * @param source row {@code g}, in the order rows are appended (time order, as a real trail)
     * @throws SQLException if PostgreSQL refuses a row
     */
    void load(long rows, LongFunction<AuditChainHash.Row> source) throws SQLException {
        long t0 = System.nanoTime();
        Map<String, String> indexes = secondaryIndexes();
        Sql.exec(admin, indexes.keySet().stream().map(name -> "DROP INDEX " + name).toArray(String[]::new));
        try {
            AuditChainHash hasher = new AuditChainHash();
            for (long from = 0; from < rows; from += ROWS_PER_TRANSACTION) {
                long to = Math.min(rows, from + ROWS_PER_TRANSACTION);
                loadTransaction(from, to, source, hasher);
                progress(String.format(java.util.Locale.ROOT, "audit_query: %,d of %,d audit rows loaded (%.0f rows/s)",
                        to, rows, to / ((System.nanoTime() - t0) / 1e9)));
            }
        } finally {
            // Also after a failed load: the table keeps its indexes whatever happened.
            long t1 = System.nanoTime();
            Sql.exec(admin, buildAll(indexes));
            progress(String.format(java.util.Locale.ROOT, "audit_query: %d indexes built again in %.0f s",
                    indexes.size(), (System.nanoTime() - t1) / 1e9));
        }
    }

    private static String[] buildAll(Map<String, String> indexes) {
        List<String> statements = new ArrayList<>();
        statements.add("SET maintenance_work_mem = '1GB'");
        statements.addAll(indexes.values());
        statements.add("RESET maintenance_work_mem");
        return statements.toArray(String[]::new);
    }

    private void loadTransaction(long from, long to, LongFunction<AuditChainHash.Row> source, AuditChainHash hasher)
            throws SQLException {
        try (Connection c = admin.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCAL session_replication_role = replica");
                }
                long[] seq = new long[CHAINS];
                String[] hash = new String[CHAINS];
                lockHeads(c, seq, hash);
                CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
                try {
                    CopyText text = new CopyText(SEND_CHARS + 4_096);
                    for (long g = from; g < to; g++) {
                        int chain = (int) (g % CHAINS);
                        AuditChainHash.Row r = chained(source.apply(g), chain, ++seq[chain]);
                        String previous = hash[chain];
                        hash[chain] = hasher.hash(previous, r);
                        text.field(r.id()).field(r.userId()).field(r.sessionId()).field(r.actionType())
                                .field(r.resourceType()).field(r.resourceId()).field(r.oldData()).field(r.newData())
                                .field(r.ipAddress()).field(r.userAgent()).field(r.additionalContext())
                                .field(AuditChainHash.utcMicros(r.createdAt()) + "+00").field(r.outcome())
                                .field(r.actorName()).field(chain).field(r.chainSeq()).field(previous)
                                .field(hash[chain]);
                        text.endRow();
                        if (text.length() >= SEND_CHARS) {
                            text.sendTo(copy);
                        }
                    }
                    text.sendTo(copy);
                    long loaded = copy.endCopy();
                    if (loaded != to - from) {
                        throw new SQLException("COPY loaded " + loaded + " of " + (to - from) + " audit rows");
                    }
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
                saveHeads(c, seq, hash);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static AuditChainHash.Row chained(AuditChainHash.Row r, int chain, long seq) {
        return new AuditChainHash.Row(r.id(), r.userId(), r.sessionId(), r.actionType(), r.resourceType(),
                r.resourceId(), r.oldData(), r.newData(), r.ipAddress(), r.userAgent(), r.additionalContext(),
                r.createdAt(), r.outcome(), r.actorName(), chain, seq);
    }

    private static void lockHeads(Connection c, long[] seq, String[] hash) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT chain_id, last_seq, last_hash FROM audit_chain_heads ORDER BY chain_id FOR UPDATE")) {
            int found = 0;
            while (rs.next()) {
                seq[rs.getInt(1)] = rs.getLong(2);
                hash[rs.getInt(1)] = rs.getString(3);
                found++;
            }
            if (found != CHAINS) {
                throw new SQLException("audit_chain_heads has " + found + " chains, V5 made " + CHAINS);
            }
        }
    }

    private static void saveHeads(Connection c, long[] seq, String[] hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE audit_chain_heads SET last_seq = ?, last_hash = ? WHERE chain_id = ?")) {
            for (int chain = 0; chain < CHAINS; chain++) {
                s.setLong(1, seq[chain]);
                s.setString(2, hash[chain]);
                s.setInt(3, chain);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The indexes of audit_logs that back no constraint, by name, with their definitions. */
    private Map<String, String> secondaryIndexes() {
        Map<String, String> indexes = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>(Sql.column(admin, "SELECT quote_ident(i.relname) || chr(9) || pg_get_indexdef(i.oid)"
                + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                + " WHERE x.indrelid = 'audit_logs'::regclass"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)"
                + " ORDER BY i.relname"));
        for (String row : rows) {
            int tab = row.indexOf('\t');
            indexes.put(row.substring(0, tab), row.substring(tab + 1));
        }
        return indexes;
    }

    private void progress(String line) {
        if (console != null) {
            console.progress(line);
        }
    }
}
