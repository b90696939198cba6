package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.core.customer.OccasionType;
import dev.goldshop.persistence.internal.customer.PreferencesRow;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** The {@code customer_preferences} aggregate and the special dates derived from it. */
public interface CustomerPreferencesMapper {
    /**
     * A customer's preferences.
     *
     * @param customerId the customer
     * @return the row, or null
     */
    PreferencesRow selectByCustomer(@Param("customerId") UUID customerId);

    /**
     * Inserts preferences.
     *
     * @param row the preferences
     * @return 1
     */
    int insert(PreferencesRow row);

    /**
     * Replaces preferences, checking and bumping the version.
     *
     * @param row the new values with the version read
     * @return 1, or 0 if the version did not match
     */
    int update(PreferencesRow row);

    /**
     * Deletes a customer's preferences.
     *
     * @param customerId the customer
     * @return how many rows (0 or 1)
     */
    int deleteOf(@Param("customerId") UUID customerId);

    /**
     * Deletes a customer's special dates.
     *
     * @param customerId the customer
     * @return how many
     */
    int deleteSpecialDatesOf(@Param("customerId") UUID customerId);

    /**
     * Adds a special date.
     *
     * @param id the row's id
     * @param customerId the customer
     * @param type the kind of date
     * @param date the date
     * @param label the label, or null
     * @return 1
     */
    int insertSpecialDate(@Param("id") UUID id, @Param("customerId") UUID customerId,
            @Param("type") OccasionType type, @Param("date") LocalDate date, @Param("label") String label);
}
