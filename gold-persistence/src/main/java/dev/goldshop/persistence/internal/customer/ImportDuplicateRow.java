package dev.goldshop.persistence.internal.customer;

/** A saved customer that has a value an imported row repeats, with the values to compare. */
public final class ImportDuplicateRow {
    public String customerCode;
    public String phone;
    /** Lower-cased. */
    public String email;
    public String nationalIdBidx;
}
