package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.persistence.internal.customer.CustomerRow;
import dev.goldshop.persistence.internal.customer.CustomerSearchQuery;
import dev.goldshop.persistence.internal.customer.CustomerSettingsRow;
import dev.goldshop.persistence.internal.customer.DuplicateRow;
import dev.goldshop.persistence.internal.customer.MonthDayRange;
import dev.goldshop.persistence.internal.customer.PurchaseTotalsRow;
import dev.goldshop.persistence.internal.customer.SealedRow;
import dev.goldshop.persistence.internal.customer.SearchHit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** The {@code customers} aggregate: profiles, search, duplicates, ages, sealed national ids, erasure. */
public interface CustomerMapper {
    /**
     * The settings the customer rules read.
     *
     * @return the settings row
     */
    CustomerSettingsRow selectSettings();

    /**
     * The next number for a customer code.
     *
     * @return the number
     */
    long nextCustomerNumber();

    /**
     * Inserts a customer unless its code is taken.
     *
     * @param row the customer
     * @return 1, or 0 if the code was taken (by a hand-inserted row)
     */
    int insert(CustomerRow row);

    /**
     * A customer.
     *
     * @param id the id
     * @return the row, or null
     */
    CustomerRow selectById(@Param("id") UUID id);

    /**
     * A customer, locked until the transaction ends.
     *
     * @param id the id
     * @return the row, or null
     */
    CustomerRow selectByIdForUpdate(@Param("id") UUID id);

    /**
     * Replaces the editable columns, checking and bumping the version.
     *
     * @param row the new values with the version read
     * @return 1, or 0 if the version or erasure did not match
     */
    int update(CustomerRow row);

    /**
     * Sets the active flag, checking and bumping the version.
     *
     * @param id the customer
     * @param active the new flag
     * @param version the version read
     * @param now the time of the change
     * @return 1, or 0 if the version did not match or the customer was erased
     */
    int updateActive(@Param("id") UUID id, @Param("active") boolean active, @Param("version") long version,
            @Param("now") Instant now);

    /**
     * Takes a transaction-scoped advisory lock on a key (a normalised phone, e-mail or blind index).
     *
     * @param key the key
     * @return ignored
     */
    String lockKey(@Param("key") String key);

    /**
     * Other live customers with any of the values.
     *
     * @param excludeId the customer being saved, or null
     * @param phone the E.164 phone, or null
     * @param email the lower-cased e-mail, or null
     * @param nationalIdIndex the blind index, or null
     * @return up to five matches
     */
    List<DuplicateRow> selectDuplicates(@Param("excludeId") UUID excludeId, @Param("phone") String phone,
            @Param("email") String email, @Param("nationalIdIndex") String nationalIdIndex);

    /**
     * One page of a search.
     *
     * @param q the query
     * @return the hits, in name order
     */
    List<SearchHit> search(@Param("q") CustomerSearchQuery q);

    /**
     * Tags every customer a search finds, leaving existing assignments as they are.
     *
     * @param q the query, with the tag and who assigns it
     * @return how many assignments were added
     */
    int assignTagToSearch(@Param("q") CustomerSearchQuery q);

    /**
     * Recomputes {@code age} of customers with a birthday in the ranges, where it changed.
     *
     * @param today the shop's date
     * @param ranges birthday ranges as month * 100 + day
     * @return how many rows changed
     */
    int refreshAges(@Param("today") LocalDate today, @Param("ranges") List<MonthDayRange> ranges);

    /**
     * A batch of sealed national ids after an id, locked.
     *
     * @param afterId the last id of the previous batch, or null
     * @param limit the batch size
     * @return the rows, by id
     */
    List<SealedRow> selectSealedPage(@Param("afterId") UUID afterId, @Param("limit") int limit);

    /**
     * Rewrites a sealed national id.
     *
     * @param row the new ciphertext, key id and blind index
     * @return 1
     */
    int updateSealed(SealedRow row);

    /**
     * Anonymises a customer.
     *
     * @param id the customer
     * @param now when
     * @return 1, or 0 if already erased
     */
    int erase(@Param("id") UUID id, @Param("now") Instant now);

    /**
     * How many audit rows of an action on a resource type a user wrote since an instant.
     *
     * @param userId the user
     * @param action the action, for example {@code export}
     * @param resourceType the resource type
     * @param since the start of the window
     * @return the count
     */
    long countRecentActions(@Param("userId") UUID userId, @Param("action") String action,
            @Param("resourceType") String resourceType, @Param("since") Instant since);

    /**
     * A customer's stored sales totals.
     *
     * @param id the customer
     * @return the totals, or null
     */
    PurchaseTotalsRow selectPurchaseTotals(@Param("id") UUID id);
}
