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
import javax.sql.DataSource;

/** Plain SQL for setup and checks (never measured). */
public final class Sql {
    private Sql() {
    }

    /**
     * Runs statements in autocommit mode.
     *
     * @param data where
     * @param statements the SQL
     */
    public static void exec(DataSource data, String... statements) {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * One number.
     *
     * @param data where
     * @param sql a query of one row and column
     * @param args bind values
     * @return the number
     */
    public static long number(DataSource data, String sql, Object... args) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * The first column of every row, as text.
     *
     * @param data where
     * @param sql the query
     * @param args bind values
     * @return the values
     */
    public static List<String> column(DataSource data, String sql, Object... args) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * Exact row counts of every table of the schema.
     *
     * @param data where
     * @return counts by table name
     */
    public static Map<String, Long> rowCounts(DataSource data) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : column(data, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                + " ORDER BY tablename")) {
            counts.put(table, number(data, "SELECT count(*) FROM \"" + table + "\""));
        }
        return counts;
    }

    /**
     * The tables whose row count changed, with the change.
     *
     * @param before counts before
     * @param after counts after
     * @return changes by table, in table order
     */
    public static Map<String, Long> changes(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> changes = new LinkedHashMap<>();
        after.forEach((table, count) -> {
            long delta = count - before.getOrDefault(table, 0L);
            if (delta != 0) {
                changes.put(table, delta);
            }
        });
        return changes;
    }
}
