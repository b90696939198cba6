package dev.goldshop.persistence.internal.customer;

import dev.goldshop.engine.spi.AuditRecord;
import dev.goldshop.engine.spi.AuditedResult;
import dev.goldshop.engine.spi.CustomerDocumentRecords;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomerDocument;
import dev.goldshop.core.customer.StoredDocument;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.mapper.CustomerDocumentMapper;

/**
 * The internal entry through which gold-media records a document file it has just stored, in
 * its own call's transaction. Registered as an engine service. The caller has already
 * authorized the upload ({@code customer_document:manage}) and writes the returned audit event
 * as its call's one audit row, so that an upload is one change with one audit row and no
 * orphan file or row survives a failure of either part.
 */
public final class CustomerDocumentRegistry implements CustomerDocumentRecords {
    /** The resource type of documents in audit rows. */
    public static final String RESOURCE = "customer_document";

    private final CustomerSupport support;

    CustomerDocumentRegistry(CustomerSupport support) {
        this.support = support;
    }

    /**
     * Records a stored document's metadata.
     *
     * @param tx the uploader's transaction
     * @param ctx who uploads (for the audit event's attribution by the caller)
     * @param stored what was stored
     * @return the document and its audit event, for the caller's {@code Calls.write}
     * @throws dev.goldshop.core.error.ValidationException naming every invalid field
     * @throws dev.goldshop.core.error.NotFoundException if the customer does not exist
     * @throws dev.goldshop.core.error.BusinessRuleException if the customer was erased
     */
    public Audited<CustomerDocument> registerStoredDocument(Tx tx, CallContext ctx, StoredDocument stored) {
        CustomerSupport.required("stored", stored, "the stored file's record");
        Problems p = new Problems();
        DocumentRow row = new DocumentRow();
        DocumentRules.stored(stored, row, p);
        p.throwIfAny();
        support.requireLive(tx, stored.customerId());
        row.id = support.ids.newId();
        row.customerId = stored.customerId();
        row.createdAt = support.now();
        row.updatedAt = row.createdAt;
        CustomerDocumentMapper documents = tx.mapper(CustomerDocumentMapper.class);
        documents.insert(row);
        CustomerDocument document = DocumentRules.toDocument(documents.selectById(row.id));
        return Audited.of(document, AuditEvent.created(RESOURCE, row.id, document)
                .with("customer_id", stored.customerId().toString()));
    }

    @Override
    public AuditedResult<CustomerDocument> record(Tx tx, CallContext ctx, StoredDocument stored) {
        Audited<CustomerDocument> done = registerStoredDocument(tx, ctx, stored);
        AuditEvent e = done.event();
        return AuditedResult.of(done.result(),
                new AuditRecord(e.action(), e.resourceType(), e.resourceId(), e.oldData(), e.newData(), e.context()));
    }
}
