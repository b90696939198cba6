package dev.goldshop.engine.spi;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomerDocument;
import dev.goldshop.core.customer.StoredDocument;

/**
 * The CRM's entry for a module that stores customers' document files (gold-media): it records
 * a file just stored, in the module's own transaction, under the CRM's rules (the customer
 * exists and was not erased, the metadata is valid). Obtain it with
 * {@code context.service(CustomerDocumentRecords.class)}.
 */
public interface CustomerDocumentRecords {
    /**
     * Records a stored document's metadata. The caller has authorized the upload and writes
     * the returned audit record as its call's one audit row.
     *
     * @param tx the uploader's transaction
     * @param ctx who uploads
     * @param stored what was stored
     * @return the document and its audit record
     * @throws dev.goldshop.core.error.ValidationException naming every invalid field
     * @throws dev.goldshop.core.error.NotFoundException if the customer does not exist
     * @throws dev.goldshop.core.error.BusinessRuleException if the customer was erased
     */
    AuditedResult<CustomerDocument> record(Tx tx, CallContext ctx, StoredDocument stored);
}
