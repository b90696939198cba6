package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.core.value.Money;
import dev.goldshop.persistence.internal.sales.OldGoldIntakeRow;
import dev.goldshop.persistence.internal.sales.PaymentRequestRow;
import dev.goldshop.persistence.internal.sales.PaymentRow;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/**
 * Payments and refunds, the idempotency keys of payment calls, and old gold taken as payment.
 * Payment rows are only inserted: a correction is a refund.
 */
public interface PaymentMapper {
    /**
     * Claims an idempotency key for a payment call. A concurrent claim of the same key waits
     * for this transaction and then claims nothing.
     *
     * @param key the key
     * @param invoiceId the invoice
     * @param requestHash the request's fingerprint
     * @param createdBy who calls, or null
     * @param now the time
     * @return 1 if claimed, 0 if the key was already used
     */
    int claimRequest(@Param("key") String key, @Param("invoiceId") UUID invoiceId,
            @Param("requestHash") String requestHash, @Param("createdBy") UUID createdBy, @Param("now") Instant now);

    /**
     * A payment call by its key.
     *
     * @param key the key
     * @return the row, or null
     */
    PaymentRequestRow selectRequest(@Param("key") String key);

    /**
     * Stores the outcome of a payment call.
     *
     * @param row the request with its outcome
     * @return rows updated
     */
    int completeRequest(@Param("row") PaymentRequestRow row);

    /**
     * Inserts a payment or refund row.
     *
     * @param row the row
     * @return rows inserted
     */
    int insert(@Param("row") PaymentRow row);

    /**
     * The payments and refunds of an invoice, oldest first.
     *
     * @param invoiceId the invoice
     * @return the rows
     */
    List<PaymentRow> selectByInvoice(@Param("invoiceId") UUID invoiceId);

    /**
     * The rows a payment call recorded, in the order recorded.
     *
     * @param key the call's key
     * @return the rows
     */
    List<PaymentRow> selectByRequest(@Param("key") String key);

    /**
     * Records old gold taken as payment.
     *
     * @param row the intake
     * @return rows inserted
     */
    int insertIntake(@Param("row") OldGoldIntakeRow row);

    /**
     * The old gold taken with some payments.
     *
     * @param paymentIds the payments (at least one)
     * @return the intakes
     */
    List<OldGoldIntakeRow> selectIntakes(@Param("paymentIds") Collection<UUID> paymentIds);
    /**
     * What a sale was paid with by one method (completed payments, before any refund).
     *
     * @param invoiceId the sale
     * @param method the method's code, for example {@code loyalty_points}
     * @return the sum, 0 if none
     */
    Money sumPaidBy(@Param("invoiceId") UUID invoiceId, @Param("method") String method);

    /**
     * What the credit notes of a sale already gave back in the form the sale was paid with, for
     * one method (their refund rows of reason {@code paid_back}).
     *
     * @param saleId the sale
     * @param method the method's code
     * @return the sum, 0 if none
     */
    Money sumPaidBackBy(@Param("saleId") UUID saleId, @Param("method") String method);
}
