package dev.goldshop.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of {@code spec/schema-requirements.md}, taken from the committed copy of the spec
 * on the test classpath: every {@code ```sql} block but the first (which only lists the base
 * tables and is not SQL), in the spec's order, plus the names the statements create, found
 * with plain patterns, so that a test can check that nothing in the spec went unnoticed.
 */
final class SpecSql {
    /** Classpath location of the committed copy of the spec. */
    static final String RESOURCE = "spec/schema-requirements.md";

    private static final Pattern SQL_BLOCK = Pattern.compile("```sql\\s*\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bCREATE\\s+TABLE\\s+(\\w+)");
    private static final Pattern CREATE_INDEX = Pattern.compile("(?i)\\bCREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(\\w+)\\s+ON\\s+(\\w+)");
    private static final Pattern ADD_COLUMN = Pattern.compile("(?i)\\bALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+COLUMN\\s+(\\w+)");
    private static final Pattern REFERENCES = Pattern.compile("(?i)\\bREFERENCES\\s+(\\w+)");

    final String markdown;
    /** The SQL blocks after the first, in order. */
    final List<String> blocks;
    /** Tables the spec creates, in order. */
    final Set<String> createdTables = new LinkedHashSet<>();
    /** Index name to the table it is on, in order. */
    final Map<String, String> createdIndexes = new LinkedHashMap<>();
    /** "table.column" of every column the spec adds to an existing table. */
    final Set<String> addedColumns = new LinkedHashSet<>();
    /** Every table the spec's statements name (created, altered or referenced). */
    final Set<String> namedTables = new LinkedHashSet<>();

    private SpecSql(String markdown) {
        this.markdown = markdown;
        List<String> all = new ArrayList<>();
        Matcher m = SQL_BLOCK.matcher(markdown);
        while (m.find()) {
            all.add(m.group(1));
        }
        if (all.size() < 2) {
            throw new IllegalStateException("the spec has " + all.size() + " ```sql blocks; expected the table list and more");
        }
        this.blocks = List.copyOf(all.subList(1, all.size()));
        for (String block : blocks) {
            String sql = stripLineComments(block);
            Matcher t = CREATE_TABLE.matcher(sql);
            while (t.find()) {
                createdTables.add(t.group(1).toLowerCase());
            }
            Matcher i = CREATE_INDEX.matcher(sql);
            while (i.find()) {
                createdIndexes.put(i.group(1).toLowerCase(), i.group(2).toLowerCase());
            }
            Matcher a = ADD_COLUMN.matcher(sql);
            while (a.find()) {
                addedColumns.add(a.group(1).toLowerCase() + "." + a.group(2).toLowerCase());
                namedTables.add(a.group(1).toLowerCase());
            }
            Matcher r = REFERENCES.matcher(sql);
            while (r.find()) {
                namedTables.add(r.group(1).toLowerCase());
            }
        }
        namedTables.addAll(createdTables);
        namedTables.addAll(createdIndexes.values());
    }

    /**
     * Loads the committed copy of the spec from the test classpath.
     *
     * @return the parsed spec
     */
    static SpecSql load() {
        try (InputStream in = SpecSql.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return new SpecSql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The tables the spec uses without creating them: the base tables it references or
     * alters (users, customers, categories, inventory_items).
     *
     * @return the names, in the order first met
     */
    Set<String> baseTablesReferenced() {
        Set<String> out = new LinkedHashSet<>(namedTables);
        out.removeAll(createdTables);
        return out;
    }

    private static String stripLineComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }
}
