package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.LoyaltyMapper;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the points ledger in the caller's transaction. Every change of a customer's points
 * goes through here, in this order:
 *
 * <ol>
 *   <li>the customer's balance row is opened if need be and locked, so that the customer's
 *       changes happen one at a time (and a key is looked up only while it is held);</li>
 *   <li>the balance moves in one statement that refuses to go below zero;</li>
 *   <li>the entry is appended, with the balance after it;</li>
 *   <li>points added open a lot; points taken come from the oldest lots first (or, on expiry,
 *       from the expiring lot), so that the lots' remaining points always add up to the
 *       balance.</li>
 * </ol>
 */
final class PointsBook {
    private final LoyaltySupport support;

    PointsBook(LoyaltySupport support) {
        this.support = support;
    }

    /**
     * Opens (if need be) and locks a customer's balance.
     *
     * @return the balance
     */
    long lock(Tx tx, UUID customerId) {
        LoyaltyMapper loyalty = tx.mapper(LoyaltyMapper.class);
        loyalty.insertBalance(customerId, support.now());
        return loyalty.lockBalance(customerId);
    }

    /**
     * Appends a movement; the caller holds the balance lock ({@link #lock}).
     *
     * @return the entry
     * @throws BusinessRuleException if the balance would go below zero
     */
    EntryRow append(Tx tx, Movement movement) {
        return append(tx, movement, null);
    }

    /**
     * Appends the expiry of what is left of one lot; the caller holds the balance lock.
     *
     * @return the entry
     */
    EntryRow expire(Tx tx, Movement movement, LotRow lot) {
        return append(tx, movement, lot);
    }

    private EntryRow append(Tx tx, Movement m, LotRow fromLot) {
        LoyaltyMapper loyalty = tx.mapper(LoyaltyMapper.class);
        Instant now = support.now();
        int points = LoyaltySupport.entryPoints(m.points());
        Long after = loyalty.addToBalance(m.customerId(), points, now);
        if (after == null) {
            Long balance = loyalty.selectBalance(m.customerId());
            throw new BusinessRuleException("Insufficient loyalty points: the customer holds "
                    + (balance == null ? 0 : balance) + " and " + -points + " were asked");
        }
        EntryRow row = new EntryRow();
        row.id = support.newId();
        row.customerId = m.customerId();
        row.transactionType = m.type();
        row.points = points;
        row.referenceType = m.referenceType();
        row.referenceId = m.referenceId();
        row.description = m.description();
        row.expiryDate = points > 0 ? m.expiryDate() : null;
        row.createdBy = m.createdBy();
        row.createdAt = now;
        row.idempotencyKey = m.key();
        row.balanceAfter = after;
        row.value = m.value();
        row.invoiceId = m.invoiceId();
        row.paymentId = m.paymentId();
        row.requestHash = m.requestHash();
        loyalty.insertEntry(row);
        if (points > 0) {
            LotRow lot = new LotRow();
            lot.entryId = row.id;
            lot.customerId = m.customerId();
            lot.points = points;
            lot.remaining = points;
            lot.expiryDate = row.expiryDate;
            lot.createdAt = now;
            loyalty.insertLot(lot);
        } else if (fromLot != null) {
            take(loyalty, fromLot, -points);
        } else {
            takeOldestFirst(loyalty, m.customerId(), -points);
        }
        return row;
    }

    private static void takeOldestFirst(LoyaltyMapper loyalty, UUID customerId, int points) {
        int left = points;
        for (LotRow lot : loyalty.selectOpenLots(customerId)) {
            if (left == 0) {
                break;
            }
            int taken = Math.min(left, lot.remaining);
            take(loyalty, lot, taken);
            left -= taken;
        }
        if (left != 0) {
            // The balance allowed it, so the lots must hold it: they add up to the balance.
            throw new IllegalStateException("loyalty lots of customer " + customerId + " hold " + left
                    + " points fewer than the balance");
        }
    }

    private static void take(LoyaltyMapper loyalty, LotRow lot, int points) {
        if (loyalty.takeFromLot(lot.entryId, points) != 1) {
            throw new IllegalStateException("loyalty lot " + lot.entryId + " holds fewer than " + points + " points");
        }
    }
}
