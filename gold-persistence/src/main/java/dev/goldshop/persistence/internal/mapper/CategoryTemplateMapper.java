package dev.goldshop.persistence.internal.mapper;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goldshop.persistence.internal.catalog.CategoryTemplateRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** The {@code category_templates} table. */
public interface CategoryTemplateMapper {
    /**
     * Inserts a template at version 0.
     *
     * @param row the template
     * @return 1
     */
    int insert(CategoryTemplateRow row);

    /**
     * Reads a template.
     *
     * @param id the template
     * @return the row, or null
     */
    CategoryTemplateRow selectById(@Param("id") UUID id);

    /**
     * Reads and locks a template against changes until commit (for an update or delete).
     *
     * @param id the template
     * @return the row, or null
     */
    CategoryTemplateRow selectByIdForUpdate(@Param("id") UUID id);

    /**
     * Reads a template and keeps it from changing until commit, while items are checked
     * against it.
     *
     * @param id the template
     * @return the row, or null
     */
    CategoryTemplateRow selectByIdForShare(@Param("id") UUID id);

    /**
     * Reads a template by its name.
     *
     * @param name the exact name
     * @return the row, or null
     */
    CategoryTemplateRow selectByName(@Param("name") String name);

    /**
     * One page of templates by name, after a keyset position.
     *
     * @param afterName the last name of the previous page, or null for the first page
     * @param afterId the last id of the previous page, or null
     * @param limit how many rows
     * @return the rows
     */
    List<CategoryTemplateRow> selectPage(@Param("afterName") String afterName, @Param("afterId") UUID afterId,
            @Param("limit") int limit);

    /**
     * Replaces a template's content if the version matches, and bumps the version.
     *
     * @param id the template
     * @param name the new name
     * @param description the new description
     * @param attributes the new definitions
     * @param now the time of the change
     * @param version the expected version
     * @return rows changed: 0 if the version is stale
     */
    int update(@Param("id") UUID id, @Param("name") String name, @Param("description") String description,
            @Param("attributes") JsonNode attributes, @Param("now") Instant now, @Param("version") long version);

    /**
     * Deletes a template if the version matches.
     *
     * @param id the template
     * @param version the expected version
     * @return rows deleted: 0 if the version is stale
     */
    int delete(@Param("id") UUID id, @Param("version") long version);

    /**
     * The categories using a template.
     *
     * @param templateId the template
     * @return their ids
     */
    List<UUID> selectCategoryIdsUsing(@Param("templateId") UUID templateId);

    /**
     * Names of some categories using a template, for a message.
     *
     * @param templateId the template
     * @param limit how many names at most
     * @return the names, alphabetical
     */
    List<String> selectCategoryNamesUsing(@Param("templateId") UUID templateId, @Param("limit") int limit);
}
