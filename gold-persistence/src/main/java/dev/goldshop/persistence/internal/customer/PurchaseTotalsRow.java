package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.value.Money;
import java.time.Instant;

/** A customer's stored sales totals. */
public final class PurchaseTotalsRow {
    public int purchaseCount;
    public Money lifetimeSpend;
    public Instant lastPurchaseAt;
}
