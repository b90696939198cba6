package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.persistence.internal.customer.DocumentRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** The {@code customer_documents} aggregate: the metadata of stored files. */
public interface CustomerDocumentMapper {
    /**
     * Inserts a document.
     *
     * @param row the document
     * @return 1
     */
    int insert(DocumentRow row);

    /**
     * A document.
     *
     * @param id the id
     * @return the row, or null
     */
    DocumentRow selectById(@Param("id") UUID id);

    /**
     * A customer's documents, newest first, after a cursor.
     *
     * @param customerId the customer
     * @param beforeId the last id of the previous page, or null
     * @param limit how many
     * @return the rows
     */
    List<DocumentRow> selectPage(@Param("customerId") UUID customerId, @Param("beforeId") UUID beforeId,
            @Param("limit") int limit);

    /**
     * All of a customer's documents, oldest first.
     *
     * @param customerId the customer
     * @return the rows
     */
    List<DocumentRow> selectAllOf(@Param("customerId") UUID customerId);

    /**
     * Documents expiring in a range of days, earliest first, after a cursor.
     *
     * @param from the first day
     * @param to the last day
     * @param afterDate the expiry of the previous page's last row, or null
     * @param afterId its id, or null
     * @param limit how many
     * @return the rows
     */
    List<DocumentRow> selectExpiring(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("afterDate") LocalDate afterDate, @Param("afterId") UUID afterId, @Param("limit") int limit);

    /**
     * Changes the metadata, checking and bumping the version.
     *
     * @param row the new values with the version read
     * @return 1, or 0 if the version did not match
     */
    int update(DocumentRow row);

    /**
     * Marks a document verified, checking and bumping the version.
     *
     * @param id the document
     * @param by who verified it, or null
     * @param at when
     * @param version the version read
     * @return 1, or 0 if the version did not match
     */
    int verify(@Param("id") UUID id, @Param("by") UUID by, @Param("at") Instant at, @Param("version") long version);

    /**
     * Deletes a document, checking the version.
     *
     * @param id the document
     * @param version the version read
     * @return 1, or 0 if the version did not match
     */
    int delete(@Param("id") UUID id, @Param("version") long version);

    /**
     * Deletes every document of a customer.
     *
     * @param customerId the customer
     * @return how many
     */
    int deleteAllOf(@Param("customerId") UUID customerId);
}
