package dev.goldshop.persistence.internal.customer;

/**
 * The company settings the customer facades read: the shop's time zone (for "today", ages and
 * due follow-ups), the region of phone numbers typed without a country code, and the pattern
 * national ids must match.
 */
public final class CustomerSettingsRow {
    public String timeZone;
    public String defaultPhoneRegion;
    public String nationalIdPattern;
}
