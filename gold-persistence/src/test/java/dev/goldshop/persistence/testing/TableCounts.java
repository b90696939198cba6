package dev.goldshop.persistence.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Row counts of every table, to check what a call wrote: exactly its rows and one audit row,
 * or nothing at all when it was refused.
 */
public final class TableCounts {
    private TableCounts() {
    }

    /**
     * Live row counts of every table of the schema.
     *
     * @param db the database
     * @return table name to count, alphabetical
     */
    public static Map<String, Long> of(TestDatabase db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /**
     * Which tables changed their row count since a snapshot, and by how much.
     *
     * @param db the database
     * @param before the snapshot from {@link #of}
     * @return table name to change, only tables that changed
     */
    public static Map<String, Long> changesSince(TestDatabase db, Map<String, Long> before) {
        Map<String, Long> changed = new LinkedHashMap<>();
        of(db).forEach((table, count) -> {
            long delta = count - before.getOrDefault(table, 0L);
            if (delta != 0) {
                changed.put(table, delta);
            }
        });
        return changed;
    }
}
