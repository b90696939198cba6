package dev.goldshop.core.customer;

/**
 * What to do when a new or changed customer has the same national id, phone or e-mail as
 * another customer.
 */
public enum DuplicatePolicy {
    /** Refuse with a {@link DuplicateCustomerException} naming the existing customer. */
    REJECT,
    /**
     * Save anyway (two family members sharing a phone, for example). Needs
     * {@link dev.goldshop.core.security.Permissions#CUSTOMER_DUPLICATE_OVERRIDE}, checked whether
     * or not a duplicate exists.
     */
    ALLOW
}
