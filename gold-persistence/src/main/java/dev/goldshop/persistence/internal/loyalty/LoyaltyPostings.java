package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.books.JournalLine;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The journals of the loyalty liability, posted through the books' ledger in the caller's
 * transaction (a redemption is posted by sales as a payment). Nothing is posted for a value of
 * zero (a point value of 0 in settings).
 *
 * <pre>
 * points granted (earned, adjusted up):             Dr loyalty expense     Cr loyalty liability
 * points released (expired, taken back, adjusted down): Dr loyalty liability Cr loyalty expense
 * </pre>
 */
final class LoyaltyPostings {
    static final String EARN = "loyalty_earn";
    static final String TAKEBACK = "loyalty_takeback";
    static final String EXPIRY = "loyalty_expiry";
    static final String ADJUSTMENT = "loyalty_adjustment";
    static final String LIABILITY = "loyalty_liability";
    private static final String EXPENSE = "loyalty_expense";

    private final LoyaltySupport support;

    LoyaltyPostings(LoyaltySupport support) {
        this.support = support;
    }

    /** Books points granted to customers. */
    void grant(Tx tx, CallContext ctx, LocalDate date, String type, UUID reference, Money value, String what) {
        post(tx, ctx, date, type, reference, EXPENSE, LIABILITY, value, what);
    }

    /** Books points customers no longer hold (expired, taken back, adjusted down). */
    void release(Tx tx, CallContext ctx, LocalDate date, String type, UUID reference, Money value, String what) {
        post(tx, ctx, date, type, reference, LIABILITY, EXPENSE, value, what);
    }

    private void post(Tx tx, CallContext ctx, LocalDate date, String type, UUID reference, String debitRole,
            String creditRole, Money value, String what) {
        if (!value.isPositive()) {
            return;
        }
        support.ledger.post(tx, ctx, date, type, reference, List.of(
                JournalLine.debit(support.settings.accountCode(debitRole), value, what),
                JournalLine.credit(support.settings.accountCode(creditRole), value, what)));
    }
}
