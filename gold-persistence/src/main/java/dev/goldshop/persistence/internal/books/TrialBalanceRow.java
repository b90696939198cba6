package dev.goldshop.persistence.internal.books;

import java.math.BigDecimal;

/**
 * One account's sums for the trial balance.
 *
 * @param code the account
 * @param debit the sum of debits
 * @param credit the sum of credits
 */
public record TrialBalanceRow(String code, BigDecimal debit, BigDecimal credit) {
}
