package dev.goldshop.core.books;

import dev.goldshop.core.value.CodedEnum;

/** The five kinds of account of double-entry book-keeping. */
public enum AccountType implements CodedEnum {
    /** What the shop owns: cash, receivables, stock. Debit-normal. */
    ASSET("asset", true),
    /** What the shop owes: tax payable, store credit, points. Credit-normal. */
    LIABILITY("liability", false),
    /** The owner's stake. Credit-normal. */
    EQUITY("equity", false),
    /** Income from sales. Credit-normal. */
    REVENUE("revenue", false),
    /** Costs: goods sold, loyalty, rounding. Debit-normal. */
    EXPENSE("expense", true);

    private final String code;
    private final boolean debitNormal;

    AccountType(String code, boolean debitNormal) {
        this.code = code;
        this.debitNormal = debitNormal;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Whether a debit increases the balance of such an account.
     *
     * @return true for assets and expenses
     */
    public boolean debitNormal() {
        return debitNormal;
    }
}
