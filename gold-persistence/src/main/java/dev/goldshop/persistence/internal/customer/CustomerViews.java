package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.customer.BusinessDetails;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerRef;
import dev.goldshop.core.customer.CustomerSummary;
import dev.goldshop.core.customer.EmergencyContact;
import dev.goldshop.core.customer.PostalAddress;
import dev.goldshop.core.customer.PurchaseSummary;
import java.util.List;
import java.util.UUID;

/** Turns rows into the public records. */
final class CustomerViews {
    private CustomerViews() {
    }

    /**
     * A profile as a caller may see it.
     *
     * @param row the row
     * @param definitions the custom field definitions, for value types
     * @param purchases the purchase summary
     * @param nationalIdClear the decrypted national id when revealed, else {@code null}
     * @param piiRevealed whether national id and birth date are shown
     * @param notesRevealed whether internal notes are shown
     * @return the profile
     */
    static Customer customer(CustomerRow row, List<CustomFieldRow> definitions, PurchaseSummary purchases,
            String nationalIdClear, boolean piiRevealed, boolean notesRevealed) {
        PostalAddress address = allNull(row.streetAddress, row.city, row.state, row.zipCode, row.country)
                ? null : new PostalAddress(row.streetAddress, row.city, row.state, row.zipCode, row.country,
                        row.addressType);
        EmergencyContact emergency = allNull(row.emergencyContactName, row.emergencyContactRelationship,
                row.emergencyContactPhone, row.emergencyContactEmail)
                ? null : new EmergencyContact(row.emergencyContactName, row.emergencyContactRelationship,
                        row.emergencyContactPhone, row.emergencyContactEmail);
        BusinessDetails business = allNull(row.companyName, row.position, row.businessPhone, row.businessAddress,
                row.taxId) ? null : new BusinessDetails(row.companyName, row.position, row.businessPhone,
                        row.businessAddress, row.taxId);
        return new Customer(row.id, row.customerCode, row.firstName, row.lastName, row.phone, row.email,
                piiRevealed ? nationalIdClear : row.nationalId, piiRevealed ? row.dateOfBirth : null, row.age,
                row.gender, row.nationality, row.occupation, row.maritalStatus, address, emergency, business,
                CustomFieldRules.fromJson(CustomerJson.read(row.customFields), definitions), row.notes,
                notesRevealed ? row.internalNotes : null, row.profileImageId, row.active, row.erasedAt, purchases,
                piiRevealed, notesRevealed, row.createdAt, row.updatedAt, row.version);
    }

    /**
     * A customer named in another record.
     *
     * @param id the id, or {@code null} when the customer is gone
     * @param code the code
     * @param firstName the first name
     * @param lastName the last name
     * @return the reference, or {@code null} when {@code id} is null
     */
    static CustomerRef ref(UUID id, String code, String firstName, String lastName) {
        if (id == null) {
            return null;
        }
        String name = lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
        return new CustomerRef(id, code, name);
    }

    /**
     * A search result.
     *
     * @param hit the hit
     * @return the summary
     */
    static CustomerSummary summary(SearchHit hit) {
        return new CustomerSummary(hit.id, hit.customerCode, hit.firstName, hit.lastName, hit.phone, hit.email,
                hit.city, hit.companyName, hit.active);
    }

    private static boolean allNull(Object... values) {
        for (Object value : values) {
            if (value != null) {
                return false;
            }
        }
        return true;
    }
}
