package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.sales.StoreCreditReason;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.StoreCreditMapper;
import java.time.Instant;
import java.util.UUID;

/**
 * Moves a customer's store credit in the caller's transaction: one atomic statement on the
 * balance row (a debit hits the row only while it holds enough, so two payments racing for the
 * same credit can never take it below zero), and one history entry with the balance after it.
 */
final class StoreCreditBook {
    private final SalesSupport support;

    StoreCreditBook(SalesSupport support) {
        this.support = support;
    }

    /**
     * Adds credit.
     *
     * @param tx the transaction
     * @param customerId the customer
     * @param amount a positive amount
     * @param reason why
     * @param invoiceId the document it comes with
     * @param paymentId the refund row it comes with
     * @param by who, or null
     * @return the balance after
     */
    Money credit(Tx tx, UUID customerId, Money amount, StoreCreditReason reason, UUID invoiceId, UUID paymentId,
            UUID by) {
        StoreCreditMapper credit = tx.mapper(StoreCreditMapper.class);
        Instant now = support.now();
        credit.insertAccount(customerId, now);
        Money after = credit.credit(customerId, amount, now);
        record(tx, customerId, amount, after, reason, invoiceId, paymentId, by, now);
        return after;
    }

    /**
     * Uses credit.
     *
     * @param tx the transaction
     * @param customerId the customer
     * @param amount a positive amount
     * @param invoiceId the sale it pays
     * @param paymentId the payment row
     * @param by who, or null
     * @return the balance after
     * @throws BusinessRuleException if the balance holds less
     */
    Money debit(Tx tx, UUID customerId, Money amount, UUID invoiceId, UUID paymentId, UUID by) {
        StoreCreditMapper credit = tx.mapper(StoreCreditMapper.class);
        Instant now = support.now();
        Money after = credit.debit(customerId, amount, now);
        if (after == null) {
            Money balance = credit.selectBalance(customerId);
            throw new BusinessRuleException("Insufficient store credit: the customer holds "
                    + (balance == null ? support.zero() : balance) + " and " + amount + " was asked");
        }
        record(tx, customerId, amount.negate(), after, StoreCreditReason.REDEMPTION, invoiceId, paymentId, by, now);
        return after;
    }

    private void record(Tx tx, UUID customerId, Money amount, Money after, StoreCreditReason reason, UUID invoiceId,
            UUID paymentId, UUID by, Instant now) {
        StoreCreditEntryRow row = new StoreCreditEntryRow();
        row.id = support.newId();
        row.customerId = customerId;
        row.amount = amount;
        row.balanceAfter = after;
        row.reason = reason;
        row.invoiceId = invoiceId;
        row.paymentId = paymentId;
        row.createdBy = by;
        row.createdAt = now;
        tx.mapper(StoreCreditMapper.class).insertEntry(row);
    }
}
