package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomerDocument;
import dev.goldshop.core.customer.CustomerExport;
import dev.goldshop.core.customer.ErasureReceipt;
import dev.goldshop.core.customer.KeyRotation;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.AuditWriter;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.mapper.CustomerCommunicationMapper;
import dev.goldshop.persistence.internal.mapper.CustomerDocumentMapper;
import dev.goldshop.persistence.internal.mapper.CustomerMapper;
import dev.goldshop.persistence.internal.mapper.CustomerPreferencesMapper;
import dev.goldshop.persistence.internal.mapper.CustomerRelationshipMapper;
import dev.goldshop.persistence.internal.mapper.CustomerTagMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The privacy rights and duties around a customer's personal data: export (portability),
 * erasure (anonymisation that keeps sales and books), and re-encryption under a new key.
 */
final class CustomerPrivacy {
    /** How many rows key rotation reads and locks at a time. */
    static final int ROTATION_BATCH = 500;

    private final CustomerSupport support;

    CustomerPrivacy(CustomerSupport support) {
        this.support = support;
    }

    /**
     * Everything about a customer, unmasked, with its audit row.
     *
     * @param tx the transaction
     * @param ctx who exports
     * @param id the customer
     * @return the export
     */
    CustomerExport export(Tx tx, CallContext ctx, UUID id) {
        CustomerRow row = support.require(tx, id);
        List<CustomerDocument> documents = CustomerDocumentsService.allOf(tx, id);
        CustomerExport export = new CustomerExport(support.view(tx, row, CustomerSupport.Reveal.ALL, null), documents,
                CustomerRelationshipsService.viewsOf(tx, id), CustomerTagsService.assignedTo(tx, id),
                CustomerCommunicationsService.allOf(tx, id), CustomerPreferencesService.load(tx, id), support.now());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("customer_code", row.customerCode);
        facts.put("documents", documents.size());
        facts.put("communications", export.communications().size());
        support.calls.audit().write(tx, ctx, new AuditEvent("export", CustomerSupport.RESOURCE, id, null, null, facts),
                AuditWriter.SUCCESS);
        support.noteExport(tx, ctx);
        return export;
    }

    /**
     * Anonymises a customer and deletes their CRM data; sales and books stay.
     *
     * @param tx the transaction
     * @param id the customer
     * @param reason why
     * @return the receipt with its audit event (references and counts only, no personal data)
     */
    Audited<ErasureReceipt> erase(Tx tx, UUID id, String reason) {
        String why = CustomerProfilesService.reason(reason);
        CustomerSupport.required("id", id, "the customer's id");
        CustomerMapper customers = tx.mapper(CustomerMapper.class);
        CustomerRow row = customers.selectByIdForUpdate(id);
        if (row == null) {
            throw new NotFoundException(CustomerSupport.RESOURCE, id);
        }
        CustomerProfilesService.requireNotErased(row);
        CustomerDocumentMapper documents = tx.mapper(CustomerDocumentMapper.class);
        List<String> paths = documents.selectAllOf(id).stream().map(d -> d.filePath).toList();
        int documentsRemoved = documents.deleteAllOf(id);
        int communicationsRemoved = tx.mapper(CustomerCommunicationMapper.class).deleteAllOf(id);
        int relationshipsRemoved = tx.mapper(CustomerRelationshipMapper.class).deleteAllOf(id);
        int tagsRemoved = tx.mapper(CustomerTagMapper.class).deleteAssignmentsOf(id);
        CustomerPreferencesMapper preferences = tx.mapper(CustomerPreferencesMapper.class);
        preferences.deleteSpecialDatesOf(id);
        boolean preferencesRemoved = preferences.deleteOf(id) > 0;
        Instant now = support.now();
        customers.erase(id, now);
        ErasureReceipt receipt = new ErasureReceipt(id, row.customerCode, now, documentsRemoved, paths,
                communicationsRemoved, relationshipsRemoved, tagsRemoved, preferencesRemoved);
        tx.publish(new DomainEvent(support.ids.newId(), "customer.erased", CustomerSupport.RESOURCE, id, now,
                Map.of("customer_code", row.customerCode, "document_paths", paths)));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("erasure_reason", why);
        facts.put("customer_code", row.customerCode);
        facts.put("documents_removed", documentsRemoved);
        facts.put("communications_removed", communicationsRemoved);
        facts.put("relationships_removed", relationshipsRemoved);
        facts.put("tags_removed", tagsRemoved);
        facts.put("preferences_removed", preferencesRemoved);
        return Audited.of(receipt, new AuditEvent("erase", CustomerSupport.RESOURCE, id, null, null, facts));
    }

    /**
     * Re-encrypts every national id under the current key and recomputes its blind index.
     *
     * @param tx the transaction
     * @return the result with its audit event
     */
    Audited<KeyRotation> rotate(Tx tx) {
        String keyId = support.cipher.currentKeyId();
        CustomerMapper customers = tx.mapper(CustomerMapper.class);
        int rewritten = 0;
        UUID after = null;
        while (true) {
            List<SealedRow> batch = customers.selectSealedPage(after, ROTATION_BATCH);
            for (SealedRow row : batch) {
                String clear = support.cipher.open(row.id, row.nationalIdKeyId, row.nationalIdEnc);
                PiiCipher.Sealed sealed = support.cipher.seal(row.id, clear);
                row.nationalIdEnc = sealed.ciphertext();
                row.nationalIdKeyId = sealed.keyId();
                row.nationalIdBidx = support.cipher.blindIndex(NationalIds.canonical(clear));
                customers.updateSealed(row);
                rewritten++;
            }
            if (batch.size() < ROTATION_BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).id;
        }
        return Audited.of(new KeyRotation(keyId, rewritten), new AuditEvent("rotate_keys", CustomerSupport.RESOURCE,
                null, null, null, Map.of("key_id", keyId, "rows", rewritten)));
    }
}
