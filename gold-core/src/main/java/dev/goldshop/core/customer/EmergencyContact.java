package dev.goldshop.core.customer;

/**
 * Whom to call when something happens to the customer; every part is optional.
 *
 * @param name at most 200 characters
 * @param relationship for example "spouse", at most 100 characters
 * @param phone a telephone number, stored in E.164 form like the customer's own
 * @param email an address like {@code name@example.com}, at most 100 characters
 */
public record EmergencyContact(String name, String relationship, String phone, String email) {
}
