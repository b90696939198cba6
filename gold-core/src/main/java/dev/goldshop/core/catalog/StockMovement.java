package dev.goldshop.core.catalog;

import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Weight;
import java.time.Instant;
import java.util.UUID;

/**
 * One recorded change of an item's stock. Movements are never changed or deleted; an item's
 * quantity always equals the sum of its movements' {@code quantityDelta}.
 *
 * @param id the movement's id
 * @param itemId the item
 * @param kind why the stock changed
 * @param quantityDelta units in (positive) or out (negative); 0 when only a scrap lot's weight
 *     grew
 * @param quantityAfter the item's quantity after the movement
 * @param weightDelta grams added to a scrap lot, or {@code null} for other items
 * @param weightAfter the scrap lot's weight after the movement, or {@code null}
 * @param reason why (required for adjustments and scrapping), or {@code null}
 * @param referenceType what caused it, for example {@code invoice}, {@code credit_note},
 *     {@code inventory_item}, or {@code null}
 * @param referenceId the id of what caused it, or {@code null}
 * @param cost the cost of the units or metal moved, or {@code null} when unknown or masked
 *     (without {@code inventory.cost:read})
 * @param createdBy the user who made it, or {@code null} for the system and for movements made
 *     inside a sale (the invoice names its user)
 * @param createdAt when, on the engine's clock
 */
public record StockMovement(UUID id, UUID itemId, MovementKind kind, int quantityDelta, int quantityAfter,
        Weight weightDelta, Weight weightAfter, String reason, String referenceType, UUID referenceId, Money cost,
        UUID createdBy, Instant createdAt) {

    /**
     * A copy without the cost, for a caller who may not see costs.
     *
     * @return the copy
     */
    public StockMovement withoutCost() {
        return new StockMovement(id, itemId, kind, quantityDelta, quantityAfter, weightDelta, weightAfter, reason,
                referenceType, referenceId, null, createdBy, createdAt);
    }
}
