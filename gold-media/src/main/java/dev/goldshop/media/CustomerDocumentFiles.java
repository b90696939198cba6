package dev.goldshop.media;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomerDocument;
import dev.goldshop.core.customer.CustomerDocuments;
import dev.goldshop.core.customer.DocumentDetails;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;
import java.io.InputStream;
import java.util.UUID;

/**
 * The files of customers' documents (identity copies, contracts). Metadata, verification,
 * expiry and lists stay with the CRM's {@link CustomerDocuments}; this facade stores and
 * returns the bytes. Obtain it with {@code shop.facade(CustomerDocumentFiles.class)}.
 * Deleting a document or erasing a customer removes the files.
 */
public interface CustomerDocumentFiles {
    /**
     * Stores a document: PDF, JPEG or PNG by its bytes (images are re-encoded without EXIF or
     * GPS; PDFs with scripts or embedded files are refused). Needs
     * {@link Permissions#CUSTOMER_DOCUMENT_MANAGE}.
     *
     * @param ctx who calls
     * @param customerId whose document it is
     * @param details type, name, description and expiry
     * @param fileName the uploader's file name, kept only as sanitised metadata
     * @param content the bytes; read to the end or to the size limit, not closed
     * @return the document's metadata
     * @throws PermissionDeniedException if the permission is missing
     * @throws ValidationException for bad metadata, a file too large, a type not accepted or
     *     hidden content; nothing is stored and the attempt is audited
     * @throws NotFoundException if the customer does not exist
     * @throws BusinessRuleException if the customer was erased or the daily quota is used up
     * @throws StorageException if the disk is full or fails; nothing is kept
     */
    CustomerDocument upload(CallContext ctx, UUID customerId, DocumentDetails details, String fileName,
            InputStream content);

    /**
     * Opens a document's file. Needs {@link Permissions#CUSTOMER_DOCUMENT_READ}; every download
     * is audited, because identity copies are personal data.
     *
     * @param ctx who calls
     * @param documentId the document
     * @return the open content; close it
     * @throws PermissionDeniedException if the permission is missing
     * @throws NotFoundException if there is no such document or its file is missing
     */
    MediaContent download(CallContext ctx, UUID documentId);
}
