package dev.goldshop.core.books;

import dev.goldshop.core.value.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * Every account's total debits, credits and balance up to a date; the totals of debits and
 * credits are equal when the books are sound.
 *
 * @param asOf the last date included
 * @param rows one row per account with postings
 * @param totalDebit the sum of all debits
 * @param totalCredit the sum of all credits
 */
public record TrialBalance(LocalDate asOf, List<Row> rows, Money totalDebit, Money totalCredit) {
    /**
     * Copies the rows.
     */
    public TrialBalance {
        rows = List.copyOf(rows);
    }

    /**
     * Whether debits equal credits.
     *
     * @return true when the books balance
     */
    public boolean balanced() {
        return totalDebit.equals(totalCredit);
    }

    /**
     * One account's line of the trial balance.
     *
     * @param account the account
     * @param debit its total debits
     * @param credit its total credits
     * @param balance debits minus credits for debit-normal accounts, credits minus debits otherwise
     */
    public record Row(Account account, Money debit, Money credit, Money balance) {
    }
}
