package dev.goldshop.persistence.internal.loyalty;

import java.time.LocalDate;

/** Unspent points of one customer that expire on one date. */
public final class ExpiringRow {
    public LocalDate expiryDate;
    public long points;
}
