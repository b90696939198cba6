package dev.goldshop.persistence.internal.mapper;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goldshop.persistence.internal.security.TemplateRow;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** Permission templates; changes check and bump the version and never touch system templates. */
public interface PermissionTemplateMapper {

    /**
     * A template.
     *
     * @param id the template
     * @return the row, or null
     */
    TemplateRow selectById(@Param("id") UUID id);

    /**
     * A template by exact name.
     *
     * @param name the name
     * @return the row, or null
     */
    TemplateRow selectByName(@Param("name") String name);

    /**
     * Templates ordered by name, after a name.
     *
     * @param afterName the previous page's last name, or null
     * @param limit how many rows
     * @return the rows
     */
    List<TemplateRow> selectPage(@Param("afterName") String afterName, @Param("limit") int limit);

    /**
     * Inserts a custom template.
     *
     * @param row the template, with version 0
     * @return rows inserted
     */
    int insert(TemplateRow row);

    /**
     * Changes a custom template if the version matches.
     *
     * @param id the template
     * @param name the name
     * @param description the description, or null
     * @param permissions a JSON array of strings
     * @param version the expected version
     * @return 1, or 0 if the version did not match or it is a system template
     */
    int update(@Param("id") UUID id, @Param("name") String name, @Param("description") String description,
            @Param("permissions") JsonNode permissions, @Param("version") long version);

    /**
     * Deletes a custom template if the version matches.
     *
     * @param id the template
     * @param version the expected version
     * @return 1, or 0 if the version did not match or it is a system template
     */
    int delete(@Param("id") UUID id, @Param("version") long version);
}
