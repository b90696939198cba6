package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.loyalty.PointsEntry;
import dev.goldshop.core.value.Money;
import java.util.LinkedHashMap;
import java.util.Map;

/** Ledger rows as the API's records and as audit data. */
final class LoyaltyViews {
    private LoyaltyViews() {
    }

    /** A ledger row as a statement line (an entry from before V14 has no value: zero). */
    static PointsEntry entry(EntryRow r, Money zero) {
        return new PointsEntry(r.id, r.customerId, r.transactionType, r.points, r.balanceAfter,
                r.value == null ? zero : r.value, r.referenceType, r.referenceId, r.invoiceId, r.description,
                r.expiryDate, r.createdBy, r.createdAt);
    }

    /** What the audit trail keeps of an entry. */
    static Map<String, Object> audit(PointsEntry e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("entry_id", e.id().toString());
        data.put("type", e.type().code());
        data.put("points", e.points());
        data.put("balance_after", e.balanceAfter());
        data.put("value", e.value().amount().toPlainString());
        data.put("expiry_date", e.expiryDate() == null ? null : e.expiryDate().toString());
        return data;
    }
}
