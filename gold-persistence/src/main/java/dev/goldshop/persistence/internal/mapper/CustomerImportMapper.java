package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.persistence.internal.customer.CustomerRow;
import dev.goldshop.persistence.internal.customer.ImportDuplicateRow;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/**
 * Set-at-a-time statements of the customer bulk import: one round trip per chunk for each step
 * that {@link CustomerMapper} does one customer at a time (codes, duplicate locks, duplicate
 * lookup, insert).
 */
public interface CustomerImportMapper {
    /**
     * Customer code numbers from {@code customer_code_seq}.
     *
     * @param count how many
     * @return the numbers
     */
    List<Long> nextCustomerNumbers(@Param("count") int count);

    /**
     * Takes transaction-scoped advisory locks on keys, in the order given (the same keys and
     * order {@code DuplicateGuard} uses, so an import and a single create never deadlock).
     *
     * @param keys the keys, sorted
     * @return one ignored value per key
     */
    List<String> lockKeys(@Param("keys") List<String> keys);

    /**
     * Live customers that have any of the values.
     *
     * @param phones E.164 phones, possibly empty
     * @param emails lower-cased e-mails, possibly empty
     * @param nationalIdIndexes blind indexes, possibly empty
     * @return the matches with their values
     */
    List<ImportDuplicateRow> selectDuplicates(@Param("phones") List<String> phones,
            @Param("emails") List<String> emails, @Param("nationalIdIndexes") List<String> nationalIdIndexes);

    /**
     * Which of the images exist.
     *
     * @param ids image ids, not empty
     * @return the existing ones
     */
    List<UUID> selectImageIds(@Param("ids") List<UUID> ids);

    /**
     * Inserts customers in one statement; a row whose code is taken (by a row inserted by hand)
     * is skipped.
     *
     * @param rows the customers, not empty
     * @return the ids inserted
     */
    List<UUID> insertAll(@Param("rows") List<CustomerRow> rows);
}
