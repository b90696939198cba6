package dev.goldshop.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the PostgreSQL catalogue says about the tables of one schema: tables, columns (type
 * with length and precision, nullability, default, identity, generation), primary keys,
 * unique constraints, foreign keys (columns, referenced table and columns, ON DELETE and
 * ON UPDATE rules, match type, deferrability), CHECK constraints and indexes (name and
 * {@code pg_get_indexdef}), read from {@code pg_catalog}.
 *
 * <p>A snapshot of a scratch database before and after running the spec's SQL gives, by
 * {@link #minus(CatalogSnapshot)}, exactly what the spec creates; {@link #differencesFrom}
 * then lists, one line each, every such element that a migrated database lacks or has
 * differently. Extra elements of the migrated database are not differences: the spec is a
 * minimum, additions are allowed (DESIGN.md, "Persistence conventions").
 */
final class CatalogSnapshot {

    /** One column as the catalogue describes it. */
    record Column(String type, boolean notNull, String defaultExpr, String identity, String generated) {
    }

    /** A primary key: its constraint name and its columns, in key order. */
    record PrimaryKey(String name, List<String> columns) {
    }

    /** Where a foreign key goes: compared by this, whatever the constraint is called. */
    record ForeignKeyPath(String table, List<String> columns, String refTable, List<String> refColumns) {
        @Override
        public String toString() {
            return table + "(" + String.join(", ", columns) + ") -> " + refTable + "(" + String.join(", ", refColumns) + ")";
        }
    }

    /** How a foreign key behaves. */
    record ForeignKeyRules(String onDelete, String onUpdate, String match, boolean deferrable, boolean initiallyDeferred) {
    }

    /** An index: the table it belongs to and its definition, whitespace normalised. */
    record Index(String table, String definition) {
    }

    /** Names of the tables (ordinary and partitioned). */
    final Set<String> tables = new TreeSet<>();
    /** "table.column" to the column. */
    final Map<String, Column> columns = new TreeMap<>();
    /** Table to its primary key. */
    final Map<String, PrimaryKey> primaryKeys = new TreeMap<>();
    /** "table/constraint name" to the constrained columns, in order. */
    final Map<String, List<String>> uniques = new TreeMap<>();
    /** Foreign key path to the rule sets found on it (several keys may share a path). */
    final Map<ForeignKeyPath, Set<ForeignKeyRules>> foreignKeys = new TreeMap<>(
            (a, b) -> a.toString().compareTo(b.toString()));
    /** Table to the definitions of its CHECK constraints ({@code pg_get_constraintdef}). */
    final Map<String, Set<String>> checks = new TreeMap<>();
    /** Index name to the index. */
    final Map<String, Index> indexes = new TreeMap<>();

    private CatalogSnapshot() {
    }

    /**
     * Reads the catalogue of the connection's current schema.
     *
     * @param connection an open connection
     * @return the snapshot
     * @throws SQLException if a catalogue query fails
     */
    static CatalogSnapshot read(Connection connection) throws SQLException {
        String schema;
        try (PreparedStatement ps = connection.prepareStatement("SELECT current_schema()");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            schema = rs.getString(1);
        }
        return read(connection, schema);
    }

    /**
     * Reads the catalogue of one schema.
     *
     * @param connection an open connection
     * @param schema the schema
     * @return the snapshot
     * @throws SQLException if a catalogue query fails
     */
    static CatalogSnapshot read(Connection connection, String schema) throws SQLException {
        CatalogSnapshot s = new CatalogSnapshot();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT c.relname
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = ? AND c.relkind IN ('r', 'p')
                """)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    s.tables.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                       pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated
                  FROM pg_attribute a
                  JOIN pg_class c ON c.oid = a.attrelid
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                 WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
                """)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    s.columns.put(rs.getString(1) + "." + rs.getString(2),
                            new Column(rs.getString(3), rs.getBoolean(4), rs.getString(5),
                                    rs.getString(6), rs.getString(7)));
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT c.relname, con.conname, con.contype,
                       ARRAY(SELECT a.attname
                               FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                              ORDER BY k.ord) AS cols,
                       fc.relname AS ref_table,
                       ARRAY(SELECT a.attname
                               FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                              ORDER BY k.ord) AS ref_cols,
                       con.confdeltype, con.confupdtype, con.confmatchtype, con.condeferrable, con.condeferred,
                       pg_get_constraintdef(con.oid)
                  FROM pg_constraint con
                  JOIN pg_class c ON c.oid = con.conrelid
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  LEFT JOIN pg_class fc ON fc.oid = con.confrelid
                 WHERE n.nspname = ? AND con.contype IN ('p', 'u', 'f', 'c')
                """)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String name = rs.getString(2);
                    List<String> cols = strings(rs.getArray(4));
                    switch (rs.getString(3)) {
                        case "p" -> s.primaryKeys.put(table, new PrimaryKey(name, cols));
                        case "u" -> s.uniques.put(table + "/" + name, cols);
                        case "f" -> s.foreignKeys
                                .computeIfAbsent(new ForeignKeyPath(table, cols, rs.getString(5), strings(rs.getArray(6))),
                                        k -> new TreeSet<>((a, b) -> a.toString().compareTo(b.toString())))
                                .add(new ForeignKeyRules(action(rs.getString(7)), action(rs.getString(8)),
                                        match(rs.getString(9)), rs.getBoolean(10), rs.getBoolean(11)));
                        case "c" -> s.checks.computeIfAbsent(table, k -> new TreeSet<>()).add(rs.getString(12));
                        default -> throw new IllegalStateException("unexpected constraint type");
                    }
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT i.relname, t.relname, pg_get_indexdef(i.oid)
                  FROM pg_index x
                  JOIN pg_class i ON i.oid = x.indexrelid
                  JOIN pg_class t ON t.oid = x.indrelid
                  JOIN pg_namespace n ON n.oid = i.relnamespace
                 WHERE n.nspname = ?
                """)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    s.indexes.put(rs.getString(1), new Index(rs.getString(2), normaliseWhitespace(rs.getString(3))));
                }
            }
        }
        return s;
    }

    /**
     * What this snapshot has that {@code before} did not have, or had differently: run on a
     * scratch database before and after a script, what the script created or changed.
     *
     * @param before the earlier snapshot
     * @return the elements new or changed since {@code before}
     */
    CatalogSnapshot minus(CatalogSnapshot before) {
        CatalogSnapshot d = new CatalogSnapshot();
        tables.stream().filter(t -> !before.tables.contains(t)).forEach(d.tables::add);
        columns.forEach((k, v) -> {
            if (!v.equals(before.columns.get(k))) {
                d.columns.put(k, v);
            }
        });
        primaryKeys.forEach((k, v) -> {
            if (!v.equals(before.primaryKeys.get(k))) {
                d.primaryKeys.put(k, v);
            }
        });
        uniques.forEach((k, v) -> {
            if (!v.equals(before.uniques.get(k))) {
                d.uniques.put(k, v);
            }
        });
        foreignKeys.forEach((path, rules) -> {
            Set<ForeignKeyRules> old = before.foreignKeys.getOrDefault(path, Set.of());
            rules.stream().filter(r -> !old.contains(r)).forEach(r -> d.foreignKeys
                    .computeIfAbsent(path, k -> new TreeSet<>((a, b) -> a.toString().compareTo(b.toString())))
                    .add(r));
        });
        checks.forEach((table, defs) -> {
            Set<String> old = before.checks.getOrDefault(table, Set.of());
            defs.stream().filter(c -> !old.contains(c)).forEach(c -> d.checks
                    .computeIfAbsent(table, k -> new TreeSet<>()).add(c));
        });
        indexes.forEach((k, v) -> {
            if (!v.equals(before.indexes.get(k))) {
                d.indexes.put(k, v);
            }
        });
        return d;
    }

    /**
     * Every element of this (expected) snapshot that {@code actual} lacks or has differently,
     * one line each, naming the element; empty when {@code actual} conforms. Elements only in
     * {@code actual} are ignored. Foreign keys are compared by path and rules, not by name;
     * CHECK constraints by definition, not by name; everything else by name.
     *
     * @param actual the snapshot of the database under test
     * @return the differences, sorted
     */
    List<String> differencesFrom(CatalogSnapshot actual) {
        List<String> out = new ArrayList<>();
        for (String table : tables) {
            if (!actual.tables.contains(table)) {
                out.add("table " + table + ": missing");
            }
        }
        columns.forEach((key, want) -> {
            Column got = actual.columns.get(key);
            if (got == null) {
                out.add("column " + key + ": missing");
                return;
            }
            if (!want.type().equals(got.type())) {
                out.add("column " + key + ": type expected " + want.type() + " but was " + got.type());
            }
            if (want.notNull() != got.notNull()) {
                out.add("column " + key + ": nullability expected " + nullability(want.notNull())
                        + " but was " + nullability(got.notNull()));
            }
            if (!Objects.equals(want.defaultExpr(), got.defaultExpr())) {
                out.add("column " + key + ": default expected " + shown(want.defaultExpr())
                        + " but was " + shown(got.defaultExpr()));
            }
            if (!Objects.equals(want.identity(), got.identity())) {
                out.add("column " + key + ": identity expected '" + want.identity() + "' but was '" + got.identity() + "'");
            }
            if (!Objects.equals(want.generated(), got.generated())) {
                out.add("column " + key + ": generation expected '" + want.generated() + "' but was '" + got.generated() + "'");
            }
        });
        primaryKeys.forEach((table, want) -> {
            PrimaryKey got = actual.primaryKeys.get(table);
            if (got == null) {
                out.add("primary key of " + table + ": missing, expected " + want.name() + " (" + String.join(", ", want.columns()) + ")");
            } else if (!want.columns().equals(got.columns())) {
                out.add("primary key of " + table + ": columns expected (" + String.join(", ", want.columns())
                        + ") but was (" + String.join(", ", got.columns()) + ")");
            } else if (!want.name().equals(got.name())) {
                out.add("primary key of " + table + ": name expected " + want.name() + " but was " + got.name());
            }
        });
        uniques.forEach((key, want) -> {
            List<String> got = actual.uniques.get(key);
            String table = key.substring(0, key.indexOf('/'));
            String name = key.substring(key.indexOf('/') + 1);
            String what = "unique constraint " + name + " on " + table + "(" + String.join(", ", want) + ")";
            if (got == null) {
                String elsewhere = actual.uniques.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(table + "/") && e.getValue().equals(want))
                        .map(e -> e.getKey().substring(table.length() + 1)).findFirst().orElse(null);
                out.add(what + ": missing" + (elsewhere == null ? "" : " (the columns are unique under the name " + elsewhere + ")"));
            } else if (!got.equals(want)) {
                out.add(what + ": columns were (" + String.join(", ", got) + ")");
            }
        });
        foreignKeys.forEach((path, wantRules) -> {
            Set<ForeignKeyRules> gotRules = actual.foreignKeys.getOrDefault(path, Set.of());
            for (ForeignKeyRules want : wantRules) {
                if (gotRules.contains(want)) {
                    continue;
                }
                if (gotRules.isEmpty()) {
                    out.add("foreign key " + path + ": missing (expected " + describe(want) + ")");
                } else {
                    ForeignKeyRules got = gotRules.iterator().next();
                    List<String> diffs = new ArrayList<>();
                    if (!want.onDelete().equals(got.onDelete())) {
                        diffs.add("ON DELETE expected " + want.onDelete() + " but was " + got.onDelete());
                    }
                    if (!want.onUpdate().equals(got.onUpdate())) {
                        diffs.add("ON UPDATE expected " + want.onUpdate() + " but was " + got.onUpdate());
                    }
                    if (!want.match().equals(got.match())) {
                        diffs.add("MATCH expected " + want.match() + " but was " + got.match());
                    }
                    if (want.deferrable() != got.deferrable() || want.initiallyDeferred() != got.initiallyDeferred()) {
                        diffs.add("deferrability expected " + deferrability(want) + " but was " + deferrability(got));
                    }
                    out.add("foreign key " + path + ": " + String.join("; ", diffs));
                }
            }
        });
        checks.forEach((table, defs) -> {
            Set<String> got = actual.checks.getOrDefault(table, Set.of());
            defs.stream().filter(d -> !got.contains(d))
                    .forEach(d -> out.add("check constraint on " + table + ": missing " + d));
        });
        indexes.forEach((name, want) -> {
            Index got = actual.indexes.get(name);
            if (got == null) {
                out.add("index " + name + ": missing (expected " + want.definition() + ")");
            } else if (!want.equals(got)) {
                out.add("index " + name + ": definition expected " + want.definition() + " but was " + got.definition());
            }
        });
        Collections.sort(out);
        return out;
    }

    /**
     * How many elements the snapshot holds, by kind; for messages and sanity checks.
     *
     * @return a short summary
     */
    String summary() {
        int fks = foreignKeys.values().stream().mapToInt(Set::size).sum();
        int cks = checks.values().stream().mapToInt(Set::size).sum();
        return tables.size() + " tables, " + columns.size() + " columns, " + primaryKeys.size() + " primary keys, "
                + uniques.size() + " unique constraints, " + fks + " foreign keys, " + cks + " checks, "
                + indexes.size() + " indexes";
    }

    private static String normaliseWhitespace(String s) {
        return s == null ? null : s.trim().replaceAll("\\s+", " ");
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add(String.valueOf(v));
        }
        return List.copyOf(out);
    }

    private static String action(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "a" -> "NO ACTION";
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> "?" + code;
        };
    }

    private static String match(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "f" -> "FULL";
            case "p" -> "PARTIAL";
            case "s" -> "SIMPLE";
            default -> "?" + code;
        };
    }

    private static String nullability(boolean notNull) {
        return notNull ? "NOT NULL" : "NULL";
    }

    private static String shown(String expr) {
        return expr == null ? "(none)" : "[" + expr + "]";
    }

    private static String describe(ForeignKeyRules r) {
        return "ON DELETE " + r.onDelete() + " ON UPDATE " + r.onUpdate() + " MATCH " + r.match() + " " + deferrability(r);
    }

    private static String deferrability(ForeignKeyRules r) {
        return !r.deferrable() ? "NOT DEFERRABLE"
                : r.initiallyDeferred() ? "DEFERRABLE INITIALLY DEFERRED" : "DEFERRABLE INITIALLY IMMEDIATE";
    }
}
