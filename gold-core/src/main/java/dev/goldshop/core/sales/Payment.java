package dev.goldshop.core.sales;

import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A payment received against a sale, or a refund given on a credit note (or of an overpayment).
 *
 * @param id the payment's id
 * @param invoiceId the sale (or, for the refund of a return, the credit note)
 * @param customerId the customer, or {@code null} for a walk-in
 * @param kind payment or refund
 * @param method how
 * @param amount how much, always positive (the kind gives the direction)
 * @param reference slip, transfer or cheque number, or {@code null}
 * @param oldGold the valuation, for old gold; empty otherwise
 * @param paidAt when
 * @param receivedBy the user who took it, or {@code null} for the system
 * @param idempotencyKey the row's own key (derived from the call's key)
 */
public record Payment(UUID id, UUID invoiceId, UUID customerId, PaymentKind kind, PaymentMethod method, Money amount,
        String reference, Optional<OldGoldValuation> oldGold, Instant paidAt, UUID receivedBy,
        String idempotencyKey) {

    /**
     * Normalises the optional.
     */
    public Payment {
        oldGold = oldGold == null ? Optional.empty() : oldGold;
    }
}
