package dev.goldshop.persistence.internal.mapper;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goldshop.persistence.internal.security.RoleRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** Roles and their permissions; every change checks and bumps the version. */
public interface RoleMapper {

    /**
     * A role.
     *
     * @param id the role
     * @return the row, or null
     */
    RoleRow selectById(@Param("id") UUID id);

    /**
     * Roles ordered by name, after a name.
     *
     * @param afterName the previous page's last name, or null
     * @param limit how many rows
     * @return the rows
     */
    List<RoleRow> selectPage(@Param("afterName") String afterName, @Param("limit") int limit);

    /**
     * How many users hold the role, active or not.
     *
     * @param id the role
     * @return the count
     */
    long countUsers(@Param("id") UUID id);

    /**
     * Inserts a role.
     *
     * @param row the role, with version 0
     * @return rows inserted
     */
    int insert(RoleRow row);

    /**
     * Replaces the permissions if the version matches.
     *
     * @param id the role
     * @param permissions a JSON array of strings
     * @param version the expected version
     * @param now the change time
     * @return 1, or 0 if the version did not match
     */
    int updatePermissions(@Param("id") UUID id, @Param("permissions") JsonNode permissions,
            @Param("version") long version, @Param("now") Instant now);

    /**
     * Changes name and description if the version matches.
     *
     * @param id the role
     * @param name the name
     * @param description the description, or null
     * @param version the expected version
     * @param now the change time
     * @return 1, or 0 if the version did not match
     */
    int updateDetails(@Param("id") UUID id, @Param("name") String name, @Param("description") String description,
            @Param("version") long version, @Param("now") Instant now);

    /**
     * Deletes a role if the version matches.
     *
     * @param id the role
     * @param version the expected version
     * @return 1, or 0 if the version did not match
     */
    int delete(@Param("id") UUID id, @Param("version") long version);
}
