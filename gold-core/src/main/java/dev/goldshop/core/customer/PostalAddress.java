package dev.goldshop.core.customer;

/**
 * A customer's postal address; every part is optional.
 *
 * @param street street and number, at most 1,000 characters
 * @param city at most 100 characters
 * @param state state, province or region, at most 100 characters
 * @param zipCode at most 20 characters
 * @param country at most 100 characters
 * @param type what the address is; {@code null} stores the spec's default, {@link AddressType#HOME}
 */
public record PostalAddress(String street, String city, String state, String zipCode, String country,
        AddressType type) {
}
