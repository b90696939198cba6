package dev.goldshop.core.sales;

/** What becomes of tenders worth more than the balance due. */
public enum Overpayment {
    /**
     * Kept as the customer's store credit. The default for a registered customer; not possible
     * for a walk-in.
     */
    STORE_CREDIT,
    /** Given back in cash as change. The only choice for a walk-in, and the default there. */
    CHANGE
}
