package dev.goldshop.persistence.internal.customer;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code customer_tags}, with an assignment's who and when when read for a customer. */
public final class TagRow {
    public UUID id;
    public String name;
    public String color;
    public String description;
    public Instant createdAt;
    public long version;
    public Instant assignedAt;
    public UUID assignedBy;
}
