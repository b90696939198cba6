package dev.goldshop.persistence.internal.customer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goldshop.core.customer.CustomFieldType;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code customer_custom_field_definitions}. */
public final class CustomFieldRow {
    public UUID id;
    public String name;
    public String label;
    public CustomFieldType fieldType;
    public boolean required;
    public JsonNode allowedValues;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
}
