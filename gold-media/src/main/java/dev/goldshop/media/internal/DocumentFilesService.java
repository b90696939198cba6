package dev.goldshop.media.internal;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomerDocument;
import dev.goldshop.core.customer.DocumentDetails;
import dev.goldshop.core.customer.StoredDocument;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.engine.spi.AuditRecord;
import dev.goldshop.engine.spi.AuditedResult;
import dev.goldshop.engine.spi.CustomerDocumentRecords;
import dev.goldshop.media.BlobStore;
import dev.goldshop.media.CustomerDocumentFiles;
import dev.goldshop.media.MediaContent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@link CustomerDocumentFiles}: the bytes here, the metadata through the CRM's
 * {@link CustomerDocumentRecords} in the same transaction, so that a document is one change
 * with one audit row.
 */
public final class DocumentFilesService implements CustomerDocumentFiles {
    static final String RESOURCE = "customer_document";

    private final MediaEnvironment env;
    private final CustomerDocumentRecords records;
    private final MediaFiles files;

    /**
     * Creates the service.
     *
     * @param env the shared parts
     * @param records the CRM's entry for stored documents
     */
    public DocumentFilesService(MediaEnvironment env, CustomerDocumentRecords records) {
        this.env = env;
        this.records = records;
        this.files = new MediaFiles(env);
    }

    @Override
    public CustomerDocument upload(CallContext ctx, UUID customerId, DocumentDetails details, String fileName,
            InputStream content) {
        env.calls.authorize(ctx, Permissions.CUSTOMER_DOCUMENT_MANAGE);
        try {
            return store(ctx, customerId, details, fileName, content);
        } catch (ValidationException refused) {
            env.calls.recordFailure(ctx, AuditRecord.of("upload", RESOURCE, null)
                    .with("customer_id", String.valueOf(customerId)).with("reason", refused.getMessage()));
            throw refused;
        }
    }

    private CustomerDocument store(CallContext ctx, UUID customerId, DocumentDetails details, String fileName,
            InputStream content) {
        List<FieldError> problems = new ArrayList<>();
        if (customerId == null) {
            problems.add(new FieldError("customerId", null, "the customer's id"));
        }
        if (details == null) {
            problems.add(new FieldError("details", null, "the document's type, name, description and expiry"));
        }
        if (content == null) {
            problems.add(new FieldError("content", null, "the document's bytes"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String name = FileNames.sanitise("fileName", fileName, StoredType.DOCUMENTS);
        try (Spooled spooled = env.spooler.spool(content, env.limits.maxDocumentBytes(), "content")) {
            StoredType type = ContentInspector.inspect(spooled, StoredType.DOCUMENTS, "content");
            FileNames.requireMatch("fileName", name, type);
            if (type.isImage()) {
                ImageRenderer.requireWithin(spooled, type, env.limits.maxPixels(), "content");
            }
            env.scan(spooled, type, "content");
            String path = "documents/" + env.monthFolder() + "/" + env.ids.newId() + "." + type.extension;
            List<String> written = new ArrayList<>();
            try {
                BlobStore.StoredBlob blob = files.write(written, path, out -> copy(spooled, type, out));
                StoredDocument stored = new StoredDocument(customerId, details, blob.path(), blob.size(), type.mimeType);
                return env.calls.change(ctx, Permissions.CUSTOMER_DOCUMENT_MANAGE, tx -> {
                    env.checkQuota(tx, ctx, blob.size());
                    AuditedResult<CustomerDocument> done = records.record(tx, ctx, stored);
                    tx.mapper(ImageMapper.class).updateDocumentFileFacts(done.result().id(), blob.sha256(),
                            ctx.actor().userId());
                    return AuditedResult.of(done.result(), done.audit().with("action_detail", "upload")
                            .with("file_name", name).with("file_sha256", blob.sha256()));
                });
            } catch (RuntimeException failed) {
                env.deleteQuietly(written);
                throw failed;
            }
        }
    }

    /** PDFs are kept as they are (after their checks); images are re-encoded without EXIF or GPS. */
    private void copy(Spooled spooled, StoredType type, java.io.OutputStream out) throws IOException {
        if (type == StoredType.PDF) {
            try (InputStream in = spooled.open()) {
                in.transferTo(out);
            }
            return;
        }
        BufferedImage upright = ImageRenderer.decodeUpright(spooled, type, "content");
        ImageRenderer.write(upright, 0, type, out);
    }

    @Override
    public MediaContent download(CallContext ctx, UUID documentId) {
        DocumentFileRow row = env.calls.readAudited(ctx, Permissions.CUSTOMER_DOCUMENT_READ, RESOURCE, documentId,
                tx -> {
                    UploadRules.id("documentId", documentId);
                    DocumentFileRow found = tx.mapper(ImageMapper.class).selectDocumentFile(documentId);
                    if (found == null) {
                        throw new NotFoundException(RESOURCE, documentId);
                    }
                    return found;
                });
        String downloadName = row.documentName + "." + row.filePath.substring(row.filePath.lastIndexOf('.') + 1);
        return files.open(row.filePath, row.mimeType, downloadName);
    }
}
