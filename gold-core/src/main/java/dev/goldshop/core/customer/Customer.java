package dev.goldshop.core.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A customer's profile as the caller may see it.
 *
 * <p>Without {@code customer.pii:read}, {@code nationalId} is masked to its last four
 * characters ({@code ****1234}) and {@code dateOfBirth} is {@code null} ({@code age} stays);
 * without {@code customer.internal_notes:read}, {@code internalNotes} is {@code null}. The flags
 * say which applies, so that a form can tell "hidden" from "empty".
 *
 * @param id the customer's id
 * @param code the customer's code, for example {@code C000042}; unique, never reused
 * @param firstName first name ({@code "Erased customer"} once erased)
 * @param lastName last name
 * @param phone phone in E.164 form
 * @param email e-mail
 * @param nationalId the national id, or its masked form
 * @param dateOfBirth the date of birth, or {@code null} when masked
 * @param age whole years on the shop's clock, computed from the date of birth
 * @param gender gender
 * @param nationality nationality
 * @param occupation occupation
 * @param maritalStatus marital status
 * @param address postal address, or {@code null} if no part is set
 * @param emergencyContact emergency contact, or {@code null} if no part is set
 * @param business business details, or {@code null} if no part is set
 * @param customFields custom field values by name: {@code String}, {@code BigDecimal},
 *     {@code LocalDate} or {@code Boolean} by the field's type
 * @param notes notes
 * @param internalNotes staff-only notes, or {@code null} when hidden
 * @param profileImageId the profile image, or {@code null}
 * @param active false once deactivated or erased
 * @param erasedAt when the customer's personal data was erased, or {@code null}
 * @param purchases what the customer has bought
 * @param piiRevealed whether national id and birth date are shown unmasked (an audited read)
 * @param internalNotesRevealed whether internal notes are shown
 * @param createdAt when the customer was created
 * @param updatedAt when the profile last changed
 * @param version the version to pass back to change it
 */
public record Customer(UUID id, String code, String firstName, String lastName, String phone, String email,
        String nationalId, LocalDate dateOfBirth, Integer age, Gender gender, String nationality, String occupation,
        MaritalStatus maritalStatus, PostalAddress address, EmergencyContact emergencyContact,
        BusinessDetails business, Map<String, Object> customFields, String notes, String internalNotes,
        UUID profileImageId, boolean active, Instant erasedAt, PurchaseSummary purchases, boolean piiRevealed,
        boolean internalNotesRevealed, Instant createdAt, Instant updatedAt, long version) {

    /**
     * Copies the custom fields.
     */
    public Customer {
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    /**
     * First and last name, as shown in lists.
     *
     * @return the display name
     */
    public String displayName() {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
    }

    /**
     * Names the customer without personal identifiers, for logs.
     *
     * @return code and id
     */
    @Override
    public String toString() {
        return "Customer[" + code + ", id=" + id + ", version=" + version + "]";
    }
}
