package dev.goldshop.persistence.internal.sales;

import java.time.Instant;
import java.util.UUID;

/** Whether a customer may still buy: active and not erased. */
public final class CustomerStateRow {
    public UUID id;
    public String customerCode;
    public boolean isActive;
    public Instant erasedAt;

    /**
     * Whether a sale may be made to this customer.
     *
     * @return active and not erased
     */
    boolean canBuy() {
        return isActive && erasedAt == null;
    }
}
