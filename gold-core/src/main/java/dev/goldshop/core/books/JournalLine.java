package dev.goldshop.core.books;

import dev.goldshop.core.value.Money;
import java.util.Objects;

/**
 * One side of a posting: an amount debited or credited to one account. Exactly one of debit
 * and credit is non-zero, and neither is negative.
 *
 * @param accountCode the account
 * @param debit the debit, or zero
 * @param credit the credit, or zero
 * @param description what the line is for, or {@code null}
 */
public record JournalLine(String accountCode, Money debit, Money credit, String description) {
    /**
     * Checks the line's shape.
     *
     * @throws IllegalArgumentException if both or neither side is set, or a side is negative
     */
    public JournalLine {
        Objects.requireNonNull(accountCode, "accountCode");
        Objects.requireNonNull(debit, "debit");
        Objects.requireNonNull(credit, "credit");
        if (debit.isNegative() || credit.isNegative() || debit.isZero() == credit.isZero()) {
            throw new IllegalArgumentException("a journal line has exactly one positive side, got debit " + debit
                    + " and credit " + credit + " on account " + accountCode);
        }
    }

    /**
     * A debit line.
     *
     * @param accountCode the account
     * @param amount the positive amount
     * @param description what it is for
     * @return the line
     */
    public static JournalLine debit(String accountCode, Money amount, String description) {
        return new JournalLine(accountCode, amount, Money.zero(amount.currency()), description);
    }

    /**
     * A credit line.
     *
     * @param accountCode the account
     * @param amount the positive amount
     * @param description what it is for
     * @return the line
     */
    public static JournalLine credit(String accountCode, Money amount, String description) {
        return new JournalLine(accountCode, Money.zero(amount.currency()), amount, description);
    }
}
