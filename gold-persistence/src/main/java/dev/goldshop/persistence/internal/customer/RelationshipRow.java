package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.customer.RelationshipType;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code customer_relationships}, and when read for a customer, the other side of
 * the link from that customer's point of view.
 */
public final class RelationshipRow {
    public UUID id;
    public UUID customerId;
    public UUID relatedCustomerId;
    public RelationshipType relationshipType;
    public String relationshipDescription;
    public boolean active;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
    /** Whether the viewpoint customer is the row's {@code customer_id}. */
    public boolean outgoing;
    public UUID otherId;
    public String otherCode;
    public String otherFirstName;
    public String otherLastName;
}
