package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.persistence.internal.customer.CustomFieldRow;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The {@code customer_custom_field_definitions} aggregate. */
public interface CustomerCustomFieldMapper {
    /**
     * Every definition, by name.
     *
     * @return the rows
     */
    List<CustomFieldRow> selectAll();

    /**
     * A definition.
     *
     * @param name the field's name
     * @return the row, or null
     */
    CustomFieldRow selectByName(@Param("name") String name);

    /**
     * Inserts a definition.
     *
     * @param row the definition
     * @return 1
     */
    int insert(CustomFieldRow row);

    /**
     * Replaces a definition, checking and bumping the version.
     *
     * @param row the new values with the version read
     * @return 1, or 0 if the version did not match
     */
    int update(CustomFieldRow row);

    /**
     * Deletes a definition, checking the version.
     *
     * @param name the field's name
     * @param version the version read
     * @return 1, or 0 if the version did not match
     */
    int delete(@Param("name") String name, @Param("version") long version);
}
