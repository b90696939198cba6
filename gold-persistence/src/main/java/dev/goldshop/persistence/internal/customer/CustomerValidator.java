package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.customer.AddressType;
import dev.goldshop.core.customer.BusinessDetails;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.EmergencyContact;
import dev.goldshop.core.customer.PostalAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validates {@link CustomerDetails} field by field (INP-02: allow-lists, ranges, lengths as the
 * columns allow) and normalises them as stored: text stripped and blank as absent, phones in
 * E.164. Every rejected field is reported at once; national ids are masked in the report.
 */
final class CustomerValidator {
    /** The earliest birth date accepted. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final String EMAIL_RULE = "must be an address like name@example.com";

    private CustomerValidator() {
    }

    /**
     * A validated input: the stored values, and the national id in clear (never put in a row).
     *
     * @param values the row values to store (no id, code, ciphertext or age)
     * @param nationalId the national id as typed and stripped, or {@code null}
     */
    record Valid(CustomerRow values, String nationalId) {
    }

    /**
     * Validates.
     *
     * @param details the input
     * @param rules the shop's settings
     * @param definitions the custom field definitions
     * @return the normalised values
     * @throws dev.goldshop.core.error.ValidationException naming every rejected field
     */
    static Valid validate(CustomerDetails details, ShopRules rules, List<CustomFieldRow> definitions) {
        Problems p = new Problems();
        if (details == null) {
            p.add("details", null, "are required");
            p.throwIfAny();
        }
        CustomerRow row = new CustomerRow();
        row.firstName = p.line("firstName", details.firstName(), 100, true);
        row.lastName = p.line("lastName", details.lastName(), 100, false);
        row.phone = phone(p, "phone", details.phone(), rules);
        row.email = email(p, "email", details.email(), 255);
        String nationalId = nationalId(p, details.nationalId(), rules);
        row.dateOfBirth = dateOfBirth(p, details.dateOfBirth(), rules.today());
        row.gender = details.gender();
        row.nationality = p.line("nationality", details.nationality(), 100, false);
        row.occupation = p.line("occupation", details.occupation(), 100, false);
        row.maritalStatus = details.maritalStatus();
        PostalAddress address = details.address();
        row.addressType = AddressType.HOME;
        if (address != null) {
            row.streetAddress = p.multiline("address.street", address.street(), 1000);
            row.city = p.line("address.city", address.city(), 100, false);
            row.state = p.line("address.state", address.state(), 100, false);
            row.zipCode = p.line("address.zipCode", address.zipCode(), 20, false);
            row.country = p.line("address.country", address.country(), 100, false);
            if (address.type() != null) {
                row.addressType = address.type();
            }
        }
        EmergencyContact emergency = details.emergencyContact();
        if (emergency != null) {
            row.emergencyContactName = p.line("emergencyContact.name", emergency.name(), 200, false);
            row.emergencyContactRelationship = p.line("emergencyContact.relationship", emergency.relationship(), 100,
                    false);
            row.emergencyContactPhone = phone(p, "emergencyContact.phone", emergency.phone(), rules);
            row.emergencyContactEmail = email(p, "emergencyContact.email", emergency.email(), 100);
        }
        BusinessDetails business = details.business();
        if (business != null) {
            row.companyName = p.line("business.companyName", business.companyName(), 200, false);
            row.position = p.line("business.position", business.position(), 100, false);
            row.businessPhone = phone(p, "business.phone", business.phone(), rules);
            row.businessAddress = p.multiline("business.address", business.address(), 1000);
            row.taxId = p.line("business.taxId", business.taxId(), 50, false);
        }
        row.customFields = CustomerJson.write(CustomFieldRules.toJson(details.customFields(), definitions, p));
        row.notes = p.multiline("notes", details.notes(), 10_000);
        row.internalNotes = p.multiline("internalNotes", details.internalNotes(), 10_000);
        row.profileImageId = details.profileImageId();
        p.throwIfAny();
        return new Valid(row, nationalId);
    }

    private static String phone(Problems p, String field, String raw, ShopRules rules) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return PhoneNumbers.toE164(raw, rules.phoneRegion());
        } catch (IllegalArgumentException e) {
            p.add(field, raw.length() > 40 ? raw.substring(0, 40) + "..." : raw, e.getMessage());
            return null;
        }
    }

    private static String email(Problems p, String field, String raw, int max) {
        String text = p.line(field, raw, max, false);
        if (text != null && !EMAIL.matcher(text).matches()) {
            p.add(field, text, EMAIL_RULE + ", at most " + max + " characters");
            return null;
        }
        return text;
    }

    private static String nationalId(Problems p, String raw, ShopRules rules) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (NationalIds.looksMasked(text)) {
            p.add("nationalId", NationalIds.mask(text), "is the masked form; send null to keep the stored national id");
            return null;
        }
        if (Text.length(text) > 50 || Text.hasControl(text) || !rules.nationalIdPattern().matcher(text).matches()) {
            p.add("nationalId", NationalIds.mask(text), "must match the shop's national id format "
                    + rules.nationalIdPattern().pattern() + " (at most 50 characters)");
            return null;
        }
        return text;
    }

    private static LocalDate dateOfBirth(Problems p, LocalDate date, LocalDate today) {
        if (date == null) {
            return null;
        }
        if (date.isBefore(EARLIEST_BIRTH) || date.isAfter(today)) {
            // Birth dates are personal data: the rejected value is not repeated.
            p.add("dateOfBirth", "***", "must be from " + EARLIEST_BIRTH + " to today (" + today + ")");
            return null;
        }
        return date;
    }
}
