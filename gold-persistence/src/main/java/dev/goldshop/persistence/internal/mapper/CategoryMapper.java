package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.core.catalog.Category;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** The {@code categories} tree. */
public interface CategoryMapper {
    /**
     * Inserts a category.
     *
     * @param row the category, version 0
     * @return 1
     */
    int insert(Category row);

    /**
     * Reads a category.
     *
     * @param id the category
     * @return the row, or null
     */
    Category selectById(@Param("id") UUID id);

    /**
     * Reads and locks a category until commit.
     *
     * @param id the category
     * @return the row, or null
     */
    Category selectByIdForUpdate(@Param("id") UUID id);

    /**
     * Reads a category and keeps it from changing (deactivation, template change) until commit,
     * while something is put under it.
     *
     * @param id the category
     * @return the row, or null
     */
    Category selectByIdForShare(@Param("id") UUID id);

    /**
     * Every category, for the cached tree.
     *
     * @return the rows, by sort order then name
     */
    List<Category> selectAll();

    /**
     * Locks categories in id order (a consistent order, so that two calls locking overlapping
     * sets queue instead of deadlocking) and reads them as locked.
     *
     * @param ids the categories, not empty
     * @return the rows found
     */
    List<Category> lockByIds(@Param("ids") List<UUID> ids);

    /**
     * A category and its ancestors up to the root, nearest first, by a recursive query.
     *
     * @param id the category
     * @return the ids, starting with {@code id}; empty if it does not exist
     */
    List<UUID> selectAncestorIds(@Param("id") UUID id);

    /**
     * A category and all its descendants, at any depth, by a recursive query.
     *
     * @param id the category
     * @return the ids, starting with {@code id}; empty if it does not exist
     */
    List<UUID> selectSubtreeIds(@Param("id") UUID id);

    /**
     * The children of a parent (or the roots), locked in id order.
     *
     * @param parentId the parent, or null for the roots
     * @return the children
     */
    List<Category> selectChildrenForUpdate(@Param("parentId") UUID parentId);

    /**
     * A sibling with a given name, other than a given category.
     *
     * @param parentId the parent, or null for the roots
     * @param name the name
     * @param excludeId a category to leave out, or null
     * @return the sibling, or null
     */
    Category selectSiblingByName(@Param("parentId") UUID parentId, @Param("name") String name,
            @Param("excludeId") UUID excludeId);

    /**
     * The highest sort order among the children of a parent.
     *
     * @param parentId the parent, or null for the roots
     * @return the highest, or null if there are no children
     */
    Integer selectMaxSortOrder(@Param("parentId") UUID parentId);

    /**
     * How many active children a category has.
     *
     * @param id the category
     * @return the count
     */
    long countActiveChildren(@Param("id") UUID id);

    /**
     * Renames a category if the version matches.
     *
     * @param id the category
     * @param name the new name
     * @param now the time
     * @param version the expected version
     * @return rows changed
     */
    int rename(@Param("id") UUID id, @Param("name") String name, @Param("now") Instant now,
            @Param("version") long version);

    /**
     * Moves a category if the version matches.
     *
     * @param id the category
     * @param parentId the new parent, or null
     * @param sortOrder its position among the new siblings
     * @param now the time
     * @param version the expected version
     * @return rows changed
     */
    int move(@Param("id") UUID id, @Param("parentId") UUID parentId, @Param("sortOrder") int sortOrder,
            @Param("now") Instant now, @Param("version") long version);

    /**
     * Sets the position of a category (locked by the caller) and bumps its version.
     *
     * @param id the category
     * @param sortOrder the position
     * @param now the time
     * @return rows changed
     */
    int updateSortOrder(@Param("id") UUID id, @Param("sortOrder") int sortOrder, @Param("now") Instant now);

    /**
     * Sets a category's template if the version matches.
     *
     * @param id the category
     * @param templateId the template, or null
     * @param now the time
     * @param version the expected version
     * @return rows changed
     */
    int changeTemplate(@Param("id") UUID id, @Param("templateId") UUID templateId, @Param("now") Instant now,
            @Param("version") long version);

    /**
     * Activates or deactivates a category if the version matches.
     *
     * @param id the category
     * @param active the new state
     * @param now the time
     * @param version the expected version
     * @return rows changed
     */
    int setActive(@Param("id") UUID id, @Param("active") boolean active, @Param("now") Instant now,
            @Param("version") long version);

    /**
     * Deactivates the active ones among categories locked by the caller, bumping their versions.
     *
     * @param ids the categories, not empty
     * @param now the time
     * @return rows changed
     */
    int deactivateAll(@Param("ids") List<UUID> ids, @Param("now") Instant now);

    /**
     * Tells every engine on this database, at commit, that the tree changed.
     *
     * @return ignored
     */
    String notifyChange();
}
