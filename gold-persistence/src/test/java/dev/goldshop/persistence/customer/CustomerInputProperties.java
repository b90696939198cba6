package dev.goldshop.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.BusinessDetails;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerSearch;
import dev.goldshop.core.customer.DuplicateCustomerException;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.customer.EmergencyContact;
import dev.goldshop.core.customer.Gender;
import dev.goldshop.core.customer.PostalAddress;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.persistence.testing.TestDatabase;
import dev.goldshop.persistence.testing.TestPostgresServer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * SECURITY.md INP-02 over random input: whatever text, dates and custom values a host passes,
 * saving a customer or searching either succeeds or fails with a typed
 * {@link ValidationException} (or a duplicate), never with a database error or a
 * NullPointerException, never with SQL in the message, and a refused save leaves no row.
 */
class CustomerInputProperties {
    private static TestDatabase db;
    private static CustomerBed bed;
    private static CallContext admin;

    @BeforeContainer
    static void open() {
        db = TestPostgresServer.get().createMigratedDatabase();
        bed = CustomerBed.open(db);
        admin = bed.admin("fuzzer");
    }

    @AfterContainer
    static void close() {
        bed.close();
        db.drop();
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(0).ofMaxLength(120),
                Arbitraries.strings().withChars("abcXYZ019 -+()@.%_'\"\\;\u0000\u0007\n\u00e9\u0644\ud83d\ude00")
                        .ofMaxLength(30),
                Arbitraries.of("", " ", "Robert'); DROP TABLE customers;--", "+1 415 555 0123", "a@b.co",
                        "x".repeat(300), "****1234"),
                Arbitraries.just(null));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.longs().between(-200_000, 200_000).map(d -> LocalDate.of(1970, 1, 1).plusDays(d)));
    }

    @Provide
    Arbitrary<Object> customValue() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.strings().ofMaxLength(5).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i), Arbitraries.doubles().map(d -> (Object) d));
    }

    @Property(tries = 250)
    void saving_random_details_succeeds_or_is_a_typed_refusal_that_writes_nothing(@ForAll("text") String first,
            @ForAll("text") String last, @ForAll("text") String phone, @ForAll("text") String email,
            @ForAll("text") String nationalId, @ForAll("dates") LocalDate birth, @ForAll("text") String city,
            @ForAll("text") String zip, @ForAll("text") String company, @ForAll("text") String notes,
            @ForAll("text") String customName, @ForAll("customValue") Object customValue) {
        Map<String, Object> custom = new HashMap<>();
        custom.put(customName, customValue);
        CustomerDetails details = CustomerDetails.builder(first).lastName(last).phone(phone).email(email)
                .nationalId(nationalId).dateOfBirth(birth).gender(Gender.OTHER)
                .address(new PostalAddress(notes, city, city, zip, city, null))
                .emergencyContact(new EmergencyContact(last, first, phone, email))
                .business(new BusinessDetails(company, company, phone, notes, zip)).customFields(custom).notes(notes)
                .build();
        long before = bed.count("SELECT count(*) FROM customers");
        try {
            Customer saved = bed.profiles.create(admin, details, DuplicatePolicy.REJECT);
            assertThat(saved.firstName()).isNotBlank();
            assertThat(bed.count("SELECT count(*) FROM customers")).isEqualTo(before + 1);
        } catch (ValidationException | DuplicateCustomerException refused) {
            assertThat(refused.getMessage()).doesNotContainIgnoringCase("select ").doesNotContain("SQLSTATE");
            assertThat(bed.count("SELECT count(*) FROM customers")).isEqualTo(before);
        }
    }

    @Property(tries = 250)
    void searching_with_random_criteria_finds_or_is_a_typed_refusal(@ForAll("text") String name,
            @ForAll("text") String phone, @ForAll("text") String email, @ForAll("text") String nationalId,
            @ForAll("text") String city) {
        CustomerSearch search = CustomerSearch.builder().name(name).phone(phone).email(email).nationalId(nationalId)
                .city(city).company(city).build();
        try {
            assertThat(bed.profiles.search(admin, search, PageRequest.first(10)).items()).hasSizeLessThanOrEqualTo(10);
        } catch (ValidationException refused) {
            assertThat(refused.fieldErrors()).isNotEmpty();
            assertThat(refused.getMessage()).doesNotContain("SQLSTATE");
        }
    }
}
