package dev.goldshop.persistence.internal.mapper;

import java.util.List;

/** Reads the engine's own schema from the catalogue. */
public interface SchemaMapper {
    /**
     * The tables of the current schema, by name.
     *
     * @return table names in alphabetical order
     */
    List<String> selectTableNames();
}
