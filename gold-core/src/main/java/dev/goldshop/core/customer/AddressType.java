package dev.goldshop.core.customer;

import dev.goldshop.core.value.CodedEnum;

/**
 * What a customer's postal address is (the spec's {@code address_type}, default {@code home}). Stored as its lower-case {@link #code()}; parse text with
 * {@link dev.goldshop.core.value.CodedEnums#parse}.
 */
public enum AddressType implements CodedEnum {
    /** Where the customer lives. */
    HOME("home"),

    /** Where the customer works. */
    WORK("work"),

    /** Where invoices go. */
    BILLING("billing"),

    /** Where deliveries go. */
    SHIPPING("shipping"),

    /** Any other address. */
    OTHER("other");

    private final String code;

    AddressType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
