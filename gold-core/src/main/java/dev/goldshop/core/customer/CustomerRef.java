package dev.goldshop.core.customer;

import java.util.UUID;

/**
 * A customer named in another record (a relationship, a referral, a follow-up).
 *
 * @param id the customer's id
 * @param code the customer's code, for example {@code C000042}
 * @param displayName first and last name
 */
public record CustomerRef(UUID id, String code, String displayName) {
}
