package dev.goldshop.core.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What erasing a customer removed. The customer row stays, anonymised, so that invoices,
 * payments and the books keep their references and their totals.
 *
 * @param customerId the customer
 * @param customerCode the customer's code, which stays
 * @param erasedAt when, on the engine's clock
 * @param documentsRemoved how many document rows were deleted
 * @param removedDocumentPaths the stored files of those documents, relative to the media root;
 *     the {@code customer.erased} event carries them too, for gold-media to delete the files
 * @param communicationsRemoved how many communication rows were deleted
 * @param relationshipsRemoved how many relationships were deleted, from either side
 * @param tagsRemoved how many tag assignments were deleted
 * @param preferencesRemoved whether a preferences row was deleted
 */
public record ErasureReceipt(UUID customerId, String customerCode, Instant erasedAt, int documentsRemoved,
        List<String> removedDocumentPaths, int communicationsRemoved, int relationshipsRemoved, int tagsRemoved,
        boolean preferencesRemoved) {

    /**
     * Copies the paths.
     */
    public ErasureReceipt {
        removedDocumentPaths = List.copyOf(removedDocumentPaths);
    }
}
