package dev.goldshop.core.customer;

import java.time.Instant;
import java.util.List;

/**
 * Everything the SDK holds about one customer, for the customer's right to data portability.
 * A tree of records and lists that any JSON library writes as it is (for Jackson, register the
 * {@code JavaTimeModule} for dates).
 *
 * @param customer the full profile, unmasked
 * @param documents the documents' metadata (the files come from gold-media)
 * @param relationships relationships, from the customer's side
 * @param tags tags with when and by whom they were assigned
 * @param communications the whole communication history and follow-ups, oldest first
 * @param preferences preferences, or {@code null} if none were recorded
 * @param exportedAt when the export was made, on the engine's clock
 */
public record CustomerExport(Customer customer, List<CustomerDocument> documents,
        List<CustomerRelationship> relationships, List<AssignedTag> tags, List<Communication> communications,
        Preferences preferences, Instant exportedAt) {

    /**
     * Copies the lists.
     */
    public CustomerExport {
        documents = List.copyOf(documents);
        relationships = List.copyOf(relationships);
        tags = List.copyOf(tags);
        communications = List.copyOf(communications);
    }
}
