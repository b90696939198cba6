package dev.goldshop.core.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import java.util.Optional;
import java.util.UUID;

/**
 * The metadata of customers' documents: identity copies, contracts, photos. Files are uploaded
 * and read through gold-media, which records each stored file here in the same transaction.
 * Obtain it with {@code shop.facade(CustomerDocuments.class)}.
 */
public interface CustomerDocuments {

    /**
     * One document's metadata. Needs {@link Permissions#CUSTOMER_DOCUMENT_READ}.
     *
     * @param ctx who calls
     * @param id the document
     * @return the document, or empty if there is none with that id
     * @throws PermissionDeniedException if the permission is missing
     */
    Optional<CustomerDocument> find(CallContext ctx, UUID id);

    /**
     * A customer's documents, newest first. Needs {@link Permissions#CUSTOMER_DOCUMENT_READ}.
     *
     * @param ctx who calls
     * @param customerId the customer
     * @param page which page
     * @return one page of documents
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException if the cursor is invalid
     */
    Page<CustomerDocument> list(CallContext ctx, UUID customerId, PageRequest page);

    /**
     * Changes a document's type, name, description or expiry. Needs
     * {@link Permissions#CUSTOMER_DOCUMENT_MANAGE}. A changed type or expiry clears a verification.
     *
     * @param ctx who calls
     * @param id the document
     * @param details the new metadata
     * @param version the version the caller read
     * @return the document as changed
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException naming every invalid field
     * @throws NotFoundException if the document does not exist
     * @throws ConflictException if it changed since {@code version} was read
     */
    CustomerDocument update(CallContext ctx, UUID id, DocumentDetails details, long version);

    /**
     * Records that the caller checked the document against the original. Needs
     * {@link Permissions#CUSTOMER_DOCUMENT_VERIFY}.
     *
     * @param ctx who calls
     * @param id the document
     * @param version the version the caller read
     * @return the document, verified by the caller now
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if the document does not exist
     * @throws ConflictException if it changed since {@code version} was read
     * @throws BusinessRuleException if it is already verified, or expired
     */
    CustomerDocument verify(CallContext ctx, UUID id, long version);

    /**
     * Documents that expire from today to today plus {@code days} on the shop's clock, earliest
     * first. Needs {@link Permissions#CUSTOMER_DOCUMENT_READ}.
     *
     * @param ctx who calls
     * @param days 0 to 3650
     * @param page which page
     * @return one page of documents
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException if {@code days} is out of range or the cursor invalid
     */
    Page<CustomerDocument> expiringWithin(CallContext ctx, int days, PageRequest page);

    /**
     * Deletes a document's metadata and publishes {@code customer_document.deleted} with its
     * file path, for gold-media to delete the file after commit. Needs
     * {@link Permissions#CUSTOMER_DOCUMENT_MANAGE}.
     *
     * @param ctx who calls
     * @param id the document
     * @param version the version the caller read
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if the document does not exist
     * @throws ConflictException if it changed since {@code version} was read
     */
    void delete(CallContext ctx, UUID id, long version);
}
