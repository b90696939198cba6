package dev.goldshop.core.customer;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a clerk types about a customer: what {@code create} stores and what {@code update}
 * replaces. Every field is validated and all rejected fields are reported at once. Build one with
 * {@link #builder(String)}.
 *
 * <p>On update, the fields the caller cannot read ({@code nationalId} and {@code dateOfBirth}
 * without {@code customer.pii:read}, {@code internalNotes} without
 * {@code customer.internal_notes:read}) keep their stored value when given as {@code null}, so
 * that saving a masked view back does not erase them; a non-null value replaces them.
 *
 * @param firstName required, 1 to 100 characters
 * @param lastName at most 100 characters
 * @param phone a telephone number in any usual form; stored in E.164 form ({@code +14155550123}),
 *     numbers without a country code read in the shop's region ({@code company_settings.default_phone_region})
 * @param email an address like {@code name@example.com}, at most 255 characters
 * @param nationalId matching the shop's pattern ({@code company_settings.national_id_pattern});
 *     encrypted before it is stored
 * @param dateOfBirth on or after 1900-01-01 and not after today on the shop's clock
 * @param gender the stated gender
 * @param nationality at most 100 characters
 * @param occupation at most 100 characters
 * @param maritalStatus marital status
 * @param address postal address, or {@code null}
 * @param emergencyContact emergency contact, or {@code null}
 * @param business business details, or {@code null}
 * @param customFields values of the shop's custom fields by name (see {@link CustomerCustomFields})
 * @param notes notes any user with {@code customer:read} sees, at most 10,000 characters
 * @param internalNotes staff-only notes, at most 10,000 characters
 * @param profileImageId an image stored through gold-media, or {@code null}
 */
public record CustomerDetails(String firstName, String lastName, String phone, String email, String nationalId,
        LocalDate dateOfBirth, Gender gender, String nationality, String occupation, MaritalStatus maritalStatus,
        PostalAddress address, EmergencyContact emergencyContact, BusinessDetails business,
        Map<String, Object> customFields, String notes, String internalNotes, UUID profileImageId) {

    /**
     * Copies the custom fields (null values dropped: an absent field and a null one are the same).
     */
    public CustomerDetails {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (customFields != null) {
            customFields.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v);
                }
            });
        }
        customFields = Collections.unmodifiableMap(copy);
    }

    /**
     * Starts a builder.
     *
     * @param firstName the customer's first name
     * @return the builder
     */
    public static Builder builder(String firstName) {
        return new Builder().firstName(firstName);
    }

    /**
     * A builder preset with these details, to change a few fields for an update.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().firstName(firstName).lastName(lastName).phone(phone).email(email).nationalId(nationalId)
                .dateOfBirth(dateOfBirth).gender(gender).nationality(nationality).occupation(occupation)
                .maritalStatus(maritalStatus).address(address).emergencyContact(emergencyContact).business(business)
                .customFields(customFields).notes(notes).internalNotes(internalNotes).profileImageId(profileImageId);
    }

    /**
     * Names the fields with the national id masked, so that a logged request leaks nothing.
     *
     * @return the details, national id masked
     */
    @Override
    public String toString() {
        return "CustomerDetails[firstName=" + firstName + ", lastName=" + lastName + ", phone=" + phone + ", email="
                + email + ", nationalId=" + (nationalId == null ? null : "***") + ", dateOfBirth="
                + (dateOfBirth == null ? null : "***") + ", city=" + (address == null ? null : address.city()) + "]";
    }

    /** Collects the fields of {@link CustomerDetails}; unset fields are {@code null}. */
    public static final class Builder {
        private String firstName;
        private String lastName;
        private String phone;
        private String email;
        private String nationalId;
        private LocalDate dateOfBirth;
        private Gender gender;
        private String nationality;
        private String occupation;
        private MaritalStatus maritalStatus;
        private PostalAddress address;
        private EmergencyContact emergencyContact;
        private BusinessDetails business;
        private Map<String, Object> customFields;
        private String notes;
        private String internalNotes;
        private UUID profileImageId;

        private Builder() {
        }

        /**
         * Sets the first name.
         *
         * @param value the value
         * @return this builder
         */
        public Builder firstName(String value) {
            this.firstName = value;
            return this;
        }

        /**
         * Sets the last name.
         *
         * @param value the value
         * @return this builder
         */
        public Builder lastName(String value) {
            this.lastName = value;
            return this;
        }

        /**
         * Sets the phone.
         *
         * @param value the value
         * @return this builder
         */
        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        /**
         * Sets the e-mail.
         *
         * @param value the value
         * @return this builder
         */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /**
         * Sets the national id.
         *
         * @param value the value
         * @return this builder
         */
        public Builder nationalId(String value) {
            this.nationalId = value;
            return this;
        }

        /**
         * Sets the date of birth.
         *
         * @param value the value
         * @return this builder
         */
        public Builder dateOfBirth(LocalDate value) {
            this.dateOfBirth = value;
            return this;
        }

        /**
         * Sets the gender.
         *
         * @param value the value
         * @return this builder
         */
        public Builder gender(Gender value) {
            this.gender = value;
            return this;
        }

        /**
         * Sets the nationality.
         *
         * @param value the value
         * @return this builder
         */
        public Builder nationality(String value) {
            this.nationality = value;
            return this;
        }

        /**
         * Sets the occupation.
         *
         * @param value the value
         * @return this builder
         */
        public Builder occupation(String value) {
            this.occupation = value;
            return this;
        }

        /**
         * Sets the marital status.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maritalStatus(MaritalStatus value) {
            this.maritalStatus = value;
            return this;
        }

        /**
         * Sets the postal address.
         *
         * @param value the value
         * @return this builder
         */
        public Builder address(PostalAddress value) {
            this.address = value;
            return this;
        }

        /**
         * Sets the emergency contact.
         *
         * @param value the value
         * @return this builder
         */
        public Builder emergencyContact(EmergencyContact value) {
            this.emergencyContact = value;
            return this;
        }

        /**
         * Sets the business details.
         *
         * @param value the value
         * @return this builder
         */
        public Builder business(BusinessDetails value) {
            this.business = value;
            return this;
        }

        /**
         * Sets the custom fields.
         *
         * @param value the values by field name
         * @return this builder
         */
        public Builder customFields(Map<String, Object> value) {
            this.customFields = value;
            return this;
        }

        /**
         * Sets the notes.
         *
         * @param value the value
         * @return this builder
         */
        public Builder notes(String value) {
            this.notes = value;
            return this;
        }

        /**
         * Sets the internal notes.
         *
         * @param value the value
         * @return this builder
         */
        public Builder internalNotes(String value) {
            this.internalNotes = value;
            return this;
        }

        /**
         * Sets the profile image.
         *
         * @param value the image's id
         * @return this builder
         */
        public Builder profileImageId(UUID value) {
            this.profileImageId = value;
            return this;
        }

        /**
         * Builds the details; validation happens when they are saved.
         *
         * @return the details
         */
        public CustomerDetails build() {
            return new CustomerDetails(firstName, lastName, phone, email, nationalId, dateOfBirth, gender,
                    nationality, occupation, maritalStatus, address, emergencyContact, business, customFields, notes,
                    internalNotes, profileImageId);
        }
    }
}
