package dev.goldshop.core.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A relationship seen from one customer's side. A link created from A to B is listed for both:
 * for A with {@code outgoing} true and B as {@code other}, for B with {@code outgoing} false and
 * A as {@code other}. For a referral, {@code outgoing} means "this customer referred the other".
 *
 * @param id the relationship's id (the same from both sides)
 * @param customerId the customer whose side this is
 * @param type how they are related
 * @param description the description, or {@code null}
 * @param other the other customer, or {@code null} if that customer was deleted (the spec's
 *     {@code ON DELETE SET NULL})
 * @param outgoing whether the link was created from this customer's side
 * @param active whether the link is active
 * @param createdAt when the link was made
 * @param version the version to pass back to remove it
 */
public record CustomerRelationship(UUID id, UUID customerId, RelationshipType type, String description,
        CustomerRef other, boolean outgoing, boolean active, Instant createdAt, long version) {
}
