package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.customer.PurchaseFrequency;
import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code customer_preferences}; the JSONB columns as text. */
public final class PreferencesRow {
    public UUID id;
    public UUID customerId;
    public String preferredMetalTypes;
    public String preferredStyles;
    public Money priceRangeMin;
    public Money priceRangeMax;
    public String communicationPreferences;
    public String specialOccasions;
    public PurchaseFrequency purchaseFrequency;
    public String preferredVisitTime;
    public String notes;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;
}
