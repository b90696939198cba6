package dev.goldshop.persistence.internal.loyalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code loyalty_point_lots}: what is left of one batch of points added. */
public final class LotRow {
    public UUID entryId;
    public UUID customerId;
    public int points;
    public int remaining;
    public LocalDate expiryDate;
    public Instant createdAt;
}
