package dev.goldshop.engine;

import java.util.List;

/**
 * The engine's view of its database schema.
 *
 * @param version the version of the last applied migration, for example {@code "4"}
 * @param appliedAtStart how many migrations this engine applied when it started (0 when the
 *     database was already up to date, or in validate-only mode)
 * @param tables the tables of the schema, alphabetical
 */
public record SchemaInfo(String version, int appliedAtStart, List<String> tables) {
    /**
     * Copies the table list.
     */
    public SchemaInfo {
        tables = List.copyOf(tables);
    }
}
