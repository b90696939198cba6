package dev.goldshop.core.customer;

import java.util.UUID;

/**
 * A link between two customers.
 *
 * @param customerId the first customer (for a referral: the one who referred)
 * @param relatedCustomerId the second customer (for a referral: the one referred); not the first
 * @param type how they are related
 * @param description for example "sister", at most 255 characters, or {@code null}
 */
public record NewRelationship(UUID customerId, UUID relatedCustomerId, RelationshipType type, String description) {
}
