package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.sales.OldGoldValuation;
import dev.goldshop.core.sales.Payment;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.StoreCreditEntry;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.PaymentMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Turns payment rows (with their old-gold intakes) and store credit rows into what hosts see. */
final class PaymentViews {
    private PaymentViews() {
    }

    /**
     * Payments as hosts see them, each with its old-gold valuation where it has one.
     *
     * @param tx the transaction
     * @param rows the payment rows
     * @return the payments, in the rows' order
     */
    static List<Payment> payments(Tx tx, List<PaymentRow> rows) {
        List<UUID> oldGold = new ArrayList<>();
        for (PaymentRow row : rows) {
            if (row.method == PaymentMethod.OLD_GOLD) {
                oldGold.add(row.id);
            }
        }
        Map<UUID, OldGoldIntakeRow> intakes = new HashMap<>();
        if (!oldGold.isEmpty()) {
            for (OldGoldIntakeRow intake : tx.mapper(PaymentMapper.class).selectIntakes(oldGold)) {
                intakes.put(intake.paymentId, intake);
            }
        }
        List<Payment> payments = new ArrayList<>();
        for (PaymentRow row : rows) {
            payments.add(payment(row, intakes.get(row.id)));
        }
        return payments;
    }

    /**
     * A payment as hosts see it.
     *
     * @param row the row
     * @param intake its old-gold intake, or null
     * @return the payment
     */
    static Payment payment(PaymentRow row, OldGoldIntakeRow intake) {
        return new Payment(row.id, row.invoiceId, row.customerId, row.kind, row.method, row.amount, row.reference,
                Optional.ofNullable(intake).map(PaymentViews::valuation), row.paidAt, row.receivedBy,
                row.idempotencyKey);
    }

    /**
     * An old-gold valuation as hosts see it.
     *
     * @param row the intake
     * @return the valuation
     */
    static OldGoldValuation valuation(OldGoldIntakeRow row) {
        return new OldGoldValuation(row.metalType, row.purity, row.weight, row.buyRate, row.rateEffectiveFrom,
                row.meltingLossPercent, row.grossValue, row.meltingLossValue, row.value, row.scrapItemId);
    }

    /**
     * A store credit movement as hosts see it.
     *
     * @param row the row
     * @return the entry
     */
    static StoreCreditEntry entry(StoreCreditEntryRow row) {
        return new StoreCreditEntry(row.id, row.customerId, row.amount, row.balanceAfter, row.reason, row.invoiceId,
                row.paymentId, row.createdBy, row.createdAt);
    }
}
