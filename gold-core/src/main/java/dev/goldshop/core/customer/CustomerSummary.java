package dev.goldshop.core.customer;

import java.util.UUID;

/**
 * One customer in a search result: enough to pick the right one, no personal identifiers.
 *
 * @param id the customer's id
 * @param code the customer's code
 * @param firstName first name
 * @param lastName last name, or {@code null}
 * @param phone phone in E.164 form, or {@code null}
 * @param email e-mail, or {@code null}
 * @param city city, or {@code null}
 * @param companyName company, or {@code null}
 * @param active false once deactivated
 */
public record CustomerSummary(UUID id, String code, String firstName, String lastName, String phone, String email,
        String city, String companyName, boolean active) {
}
