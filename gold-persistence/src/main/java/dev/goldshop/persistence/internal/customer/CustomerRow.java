package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.customer.AddressType;
import dev.goldshop.core.customer.Gender;
import dev.goldshop.core.customer.MaritalStatus;
import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of {@code customers}, column for column, as the mapper reads and writes it. Mutable
 * because MyBatis fills it; it never leaves this package's services.
 */
public final class CustomerRow {
    public UUID id;
    public String customerCode;
    public String firstName;
    public String lastName;
    public String phone;
    public String email;
    /** The masked form only ({@code ****1234}). */
    public String nationalId;
    public String nationalIdEnc;
    public String nationalIdKeyId;
    public String nationalIdBidx;
    public LocalDate dateOfBirth;
    public Integer age;
    public Gender gender;
    public String nationality;
    public String occupation;
    public MaritalStatus maritalStatus;
    public String streetAddress;
    public String city;
    public String state;
    public String zipCode;
    public String country;
    public AddressType addressType;
    public String emergencyContactName;
    public String emergencyContactRelationship;
    public String emergencyContactPhone;
    public String emergencyContactEmail;
    public String companyName;
    public String position;
    public String businessPhone;
    public String businessAddress;
    public String taxId;
    /** The JSONB column as text, parsed with exact decimals by {@link CustomerJson}. */
    public String customFields;
    public String notes;
    public String internalNotes;
    public UUID profileImageId;
    public Money lifetimeSpend;
    public Instant lastPurchaseAt;
    public int purchaseCount;
    public boolean active;
    public Instant erasedAt;
    public Instant createdAt;
    public Instant updatedAt;
    public long version;

    /**
     * Whether the customer's personal data was erased.
     *
     * @return true once erased
     */
    public boolean erased() {
        return erasedAt != null;
    }
}
