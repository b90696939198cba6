package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomerDocument;
import dev.goldshop.core.customer.CustomerDocuments;
import dev.goldshop.core.customer.DocumentDetails;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.mapper.CustomerDocumentMapper;
import dev.goldshop.persistence.internal.page.Cursors;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The documents facade: metadata of stored files, verification and expiry. */
final class CustomerDocumentsService implements CustomerDocuments {
    /** The longest expiry window, ten years. */
    static final int MAX_EXPIRY_DAYS = 3650;

    private final CustomerSupport support;

    CustomerDocumentsService(CustomerSupport support) {
        this.support = support;
    }

    @Override
    public Optional<CustomerDocument> find(CallContext ctx, UUID id) {
        return support.calls.read(ctx, Permissions.CUSTOMER_DOCUMENT_READ, tx -> {
            CustomerSupport.required("id", id, "the document's id");
            return Optional.ofNullable(tx.mapper(CustomerDocumentMapper.class).selectById(id))
                    .map(DocumentRules::toDocument);
        });
    }

    @Override
    public Page<CustomerDocument> list(CallContext ctx, UUID customerId, PageRequest page) {
        return support.calls.read(ctx, Permissions.CUSTOMER_DOCUMENT_READ, tx -> {
            CustomerSupport.required("customerId", customerId, "the customer's id");
            CustomerSupport.required("page", page, "PageRequest.first() for the first page");
            UUID before = page.cursor() == null ? null : uuid(Cursors.decode(page.cursor(), 1).get(0), page.cursor());
            List<DocumentRow> rows = tx.mapper(CustomerDocumentMapper.class).selectPage(customerId, before,
                    page.limit() + 1);
            return Pages.of(rows, page.limit(), DocumentRules::toDocument, r -> Cursors.encode(r.id.toString()));
        });
    }

    @Override
    public CustomerDocument update(CallContext ctx, UUID id, DocumentDetails details, long version) {
        return support.calls.write(ctx, Permissions.CUSTOMER_DOCUMENT_MANAGE, tx -> {
            DocumentRow before = require(tx, id);
            Problems p = new Problems();
            DocumentRow row = copy(before);
            DocumentRules.details(details, row, p);
            p.throwIfAny();
            if (row.documentType != before.documentType || !Objects.equals(row.expiryDate, before.expiryDate)) {
                // What was verified was a document of this type and expiry; another one needs a new check.
                row.verified = false;
                row.verifiedBy = null;
                row.verifiedAt = null;
            }
            row.version = version;
            row.updatedAt = support.now();
            CustomerDocumentMapper documents = tx.mapper(CustomerDocumentMapper.class);
            if (documents.update(row) == 0) {
                throw stale(id, version);
            }
            CustomerDocument after = DocumentRules.toDocument(documents.selectById(id));
            return Audited.of(after, AuditEvent.updated(CustomerDocumentRegistry.RESOURCE, id,
                    DocumentRules.toDocument(before), after));
        });
    }

    @Override
    public CustomerDocument verify(CallContext ctx, UUID id, long version) {
        return support.calls.write(ctx, Permissions.CUSTOMER_DOCUMENT_VERIFY, tx -> {
            DocumentRow before = require(tx, id);
            if (before.verified) {
                throw new BusinessRuleException("document " + id + " was already verified at " + before.verifiedAt);
            }
            LocalDate today = support.rules(tx).today();
            if (DocumentRules.expired(before, today)) {
                throw new BusinessRuleException("document " + id + " expired on " + before.expiryDate
                        + "; an expired document cannot be verified");
            }
            CustomerDocumentMapper documents = tx.mapper(CustomerDocumentMapper.class);
            if (documents.verify(id, CustomerSupport.userOf(ctx), support.now(), version) == 0) {
                throw stale(id, version);
            }
            CustomerDocument after = DocumentRules.toDocument(documents.selectById(id));
            return Audited.of(after, new AuditEvent("verify", CustomerDocumentRegistry.RESOURCE, id,
                    DocumentRules.toDocument(before), after, Map.of()));
        });
    }

    @Override
    public Page<CustomerDocument> expiringWithin(CallContext ctx, int days, PageRequest page) {
        return support.calls.read(ctx, Permissions.CUSTOMER_DOCUMENT_READ, tx -> {
            if (days < 0 || days > MAX_EXPIRY_DAYS) {
                throw ValidationException.of("days", days, "must be 0 (today) to " + MAX_EXPIRY_DAYS);
            }
            CustomerSupport.required("page", page, "PageRequest.first() for the first page");
            LocalDate today = support.rules(tx).today();
            LocalDate afterDate = null;
            UUID afterId = null;
            if (page.cursor() != null) {
                List<String> parts = Cursors.decode(page.cursor(), 2);
                try {
                    afterDate = LocalDate.parse(parts.get(0));
                } catch (java.time.format.DateTimeParseException e) {
                    throw ValidationException.of("cursor", page.cursor(), "is not a cursor of this list");
                }
                afterId = uuid(parts.get(1), page.cursor());
            }
            List<DocumentRow> rows = tx.mapper(CustomerDocumentMapper.class).selectExpiring(today,
                    today.plusDays(days), afterDate, afterId, page.limit() + 1);
            return Pages.of(rows, page.limit(), DocumentRules::toDocument,
                    r -> Cursors.encode(r.expiryDate.toString(), r.id.toString()));
        });
    }

    @Override
    public void delete(CallContext ctx, UUID id, long version) {
        support.calls.write(ctx, Permissions.CUSTOMER_DOCUMENT_MANAGE, tx -> {
            DocumentRow before = require(tx, id);
            if (tx.mapper(CustomerDocumentMapper.class).delete(id, version) == 0) {
                throw stale(id, version);
            }
            tx.publish(new DomainEvent(support.ids.newId(), "customer_document.deleted",
                    CustomerDocumentRegistry.RESOURCE, id, support.now(),
                    Map.of("customer_id", before.customerId.toString(), "file_path", before.filePath)));
            return Audited.of(null, AuditEvent.deleted(CustomerDocumentRegistry.RESOURCE, id,
                    DocumentRules.toDocument(before)));
        });
    }

    /**
     * A customer's documents, oldest first (for export).
     *
     * @param tx the transaction
     * @param customerId the customer
     * @return the documents
     */
    static List<CustomerDocument> allOf(Tx tx, UUID customerId) {
        return tx.mapper(CustomerDocumentMapper.class).selectAllOf(customerId).stream()
                .map(DocumentRules::toDocument).toList();
    }

    private static DocumentRow require(Tx tx, UUID id) {
        CustomerSupport.required("id", id, "the document's id");
        DocumentRow row = tx.mapper(CustomerDocumentMapper.class).selectById(id);
        if (row == null) {
            throw new NotFoundException(CustomerDocumentRegistry.RESOURCE, id);
        }
        return row;
    }

    private static DocumentRow copy(DocumentRow from) {
        DocumentRow to = new DocumentRow();
        to.id = from.id;
        to.customerId = from.customerId;
        to.filePath = from.filePath;
        to.fileSize = from.fileSize;
        to.mimeType = from.mimeType;
        to.verified = from.verified;
        to.verifiedBy = from.verifiedBy;
        to.verifiedAt = from.verifiedAt;
        to.createdAt = from.createdAt;
        return to;
    }

    private static ConflictException stale(UUID id, long version) {
        return new ConflictException(ErrorCode.STALE_VERSION, "document " + id
                + " was changed by someone else (expected version " + version + "); read it again", null);
    }

    /**
     * A UUID from a cursor part.
     *
     * @param text the part
     * @param cursor the whole cursor, for the error
     * @return the id
     */
    static UUID uuid(String text, String cursor) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("cursor", cursor, "is not a cursor of this list");
        }
    }
}
