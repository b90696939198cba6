package dev.goldshop.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.AddressType;
import dev.goldshop.core.customer.BusinessDetails;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerSearch;
import dev.goldshop.core.customer.DuplicateCustomerException;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.customer.EmergencyContact;
import dev.goldshop.core.customer.Gender;
import dev.goldshop.core.customer.MaritalStatus;
import dev.goldshop.core.customer.PostalAddress;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Profiles: create, update, (de)activate, find; validation, versions, duplicates, masking, ages. */
@ExtendWith(PostgresExtension.class)
class CustomerProfilesTest {
    private static CustomerBed bed;
    private static CallContext admin;
    private static CallContext clerk;

    @BeforeAll
    static void start(TestDatabase db) {
        bed = CustomerBed.open(db);
        admin = bed.admin("admin");
        clerk = bed.allBut("clerk", Permissions.CUSTOMER_PII_READ, Permissions.CUSTOMER_INTERNAL_NOTES_READ,
                Permissions.CUSTOMER_DUPLICATE_OVERRIDE);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @BeforeEach
    void resetClock() {
        bed.clock.set(CustomerBed.START);
    }

    /** Every field set; the same national id and e-mail each time, so tests save it with the override. */
    private static CustomerDetails full(String phone) {
        return CustomerDetails.builder("  Zahra ").lastName("Karimi").phone(phone).email("zahra.karimi@example.com")
                .nationalId("AB-1234567").dateOfBirth(LocalDate.of(1990, 6, 15)).gender(Gender.FEMALE)
                .nationality("Iranian").occupation("Architect").maritalStatus(MaritalStatus.MARRIED)
                .address(new PostalAddress("12 Ferdowsi St\nFlat 3", "Tehran", "Tehran", "11369", "Iran",
                        AddressType.HOME))
                .emergencyContact(new EmergencyContact("Ali Karimi", "husband", "+98 912 345 6789",
                        "ali@example.com"))
                .business(new BusinessDetails("Karimi Design", "Owner", "+98 21 8888 7777", "Vali Asr Ave 100",
                        "TX-99887766"))
                .notes("Prefers 18K").internalNotes("Asked for a discount twice").build();
    }

    @Test
    void a_customer_is_created_with_every_column_of_the_profile_and_a_new_code() {
        String phone = bed.phone();
        Map<String, Long> before = bed.rowCounts();

        Customer created = bed.profiles.create(admin, full(phone), DuplicatePolicy.ALLOW);

        assertThat(created.code()).matches("C\\d{6,}");
        assertThat(created.firstName()).isEqualTo("Zahra");
        assertThat(created.phone()).isEqualTo(CustomerBed.e164(phone));
        assertThat(created.nationalId()).isEqualTo("AB-1234567");
        assertThat(created.dateOfBirth()).isEqualTo(LocalDate.of(1990, 6, 15));
        assertThat(created.age()).isEqualTo(34);
        assertThat(created.address().street()).isEqualTo("12 Ferdowsi St\nFlat 3");
        assertThat(created.address().type()).isEqualTo(AddressType.HOME);
        assertThat(created.emergencyContact().phone()).isEqualTo("+989123456789");
        assertThat(created.business().phone()).isEqualTo("+982188887777");
        assertThat(created.business().taxId()).isEqualTo("TX-99887766");
        assertThat(created.internalNotes()).isEqualTo("Asked for a discount twice");
        assertThat(created.active()).isTrue();
        assertThat(created.version()).isZero();
        assertThat(created.purchases().purchaseCount()).isZero();
        assertThat(created.purchases().averageTicket()).isNull();
        assertThat(bed.changesSince(before)).isEqualTo(Map.of("customers", 1L, "audit_logs", 1L));
        assertThat(bed.latestAuditActions(1)).containsExactly("create:customer:success");
        String audited = bed.text("SELECT new_data::text FROM audit_logs WHERE resource_id = ?", created.id());
        assertThat(audited).contains("****4567").doesNotContain("AB-1234567").doesNotContain("1990-06-15")
                .doesNotContain("discount twice").doesNotContain("TX-99887766");
        assertThat(bed.text("SELECT age::text FROM customers WHERE id = ?", created.id())).isEqualTo("34");
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("firstName", (UnaryOperator<CustomerDetails.Builder>) b -> b.firstName("   "), "is required"),
                Arguments.of("firstName", (UnaryOperator<CustomerDetails.Builder>) b -> b.firstName("x".repeat(101)),
                        "at most 100"),
                Arguments.of("lastName", (UnaryOperator<CustomerDetails.Builder>) b -> b.lastName("a\u0007b"),
                        "one line without control characters"),
                Arguments.of("phone", (UnaryOperator<CustomerDetails.Builder>) b -> b.phone("12345"),
                        "valid phone number"),
                Arguments.of("email", (UnaryOperator<CustomerDetails.Builder>) b -> b.email("not-an-address"),
                        "name@example.com"),
                Arguments.of("nationalId", (UnaryOperator<CustomerDetails.Builder>) b -> b.nationalId("no spaces!"),
                        "national id format"),
                Arguments.of("dateOfBirth", (UnaryOperator<CustomerDetails.Builder>) b -> b.dateOfBirth(
                        LocalDate.of(2025, 3, 11)), "to today (2025-03-10)"),
                Arguments.of("dateOfBirth", (UnaryOperator<CustomerDetails.Builder>) b -> b.dateOfBirth(
                        LocalDate.of(1899, 12, 31)), "from 1900-01-01"),
                Arguments.of("nationality", (UnaryOperator<CustomerDetails.Builder>) b -> b.nationality("n".repeat(101)),
                        "at most 100"),
                Arguments.of("occupation", (UnaryOperator<CustomerDetails.Builder>) b -> b.occupation("o".repeat(101)),
                        "at most 100"),
                Arguments.of("address.zipCode", (UnaryOperator<CustomerDetails.Builder>) b -> b.address(
                        new PostalAddress(null, "Paris", null, "z".repeat(21), null, null)), "at most 20"),
                Arguments.of("address.street", (UnaryOperator<CustomerDetails.Builder>) b -> b.address(
                        new PostalAddress("s".repeat(1001), null, null, null, null, null)), "at most 1000"),
                Arguments.of("emergencyContact.email", (UnaryOperator<CustomerDetails.Builder>) b -> b.emergencyContact(
                        new EmergencyContact("A", "friend", null, "a@b")), "name@example.com"),
                Arguments.of("emergencyContact.phone", (UnaryOperator<CustomerDetails.Builder>) b -> b.emergencyContact(
                        new EmergencyContact("A", "friend", "call me", null)), "valid phone number"),
                Arguments.of("business.phone", (UnaryOperator<CustomerDetails.Builder>) b -> b.business(
                        new BusinessDetails("Co", null, "0000", null, null)), "valid phone number"),
                Arguments.of("business.taxId", (UnaryOperator<CustomerDetails.Builder>) b -> b.business(
                        new BusinessDetails("Co", null, null, null, "t".repeat(51))), "at most 50"),
                Arguments.of("notes", (UnaryOperator<CustomerDetails.Builder>) b -> b.notes("bad\u0000byte"),
                        "control characters"),
                Arguments.of("internalNotes", (UnaryOperator<CustomerDetails.Builder>) b -> b.internalNotes(
                        "i".repeat(10_001)), "at most 10000"),
                Arguments.of("customFields.shoe_size", (UnaryOperator<CustomerDetails.Builder>) b -> b.customFields(
                        Map.of("shoe_size", 42)), "not a custom field"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidFields")
    void each_invalid_field_is_named_with_what_is_accepted_and_nothing_is_written(String field,
            UnaryOperator<CustomerDetails.Builder> spoil, String accepted) {
        CustomerDetails details = spoil.apply(bed.person("Valid", "Person")).build();
        Map<String, Long> before = bed.rowCounts();

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> bed.profiles.create(admin, details, DuplicatePolicy.REJECT));

        assertThat(e).as("a ValidationException for " + field).isNotNull();
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly(field);
        assertThat(e.fieldErrors().get(0).message()).contains(accepted);
        bed.assertNothingWritten(before);
    }

    @Test
    void several_invalid_fields_are_reported_at_once_and_a_national_id_is_masked_in_the_report() {
        CustomerDetails details = CustomerDetails.builder("").email("x@").phone("1").nationalId("SECRET 99887766 !")
                .build();

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> bed.profiles.create(admin, details, DuplicatePolicy.REJECT));

        assertThat(e.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("firstName", "phone", "email", "nationalId");
        assertThat(e.getMessage()).doesNotContain("SECRET").doesNotContain("99887766").contains("****");
    }

    @Test
    void the_national_id_pattern_and_the_phone_region_come_from_company_settings() {
        bed.exec("UPDATE company_settings SET national_id_pattern = '^[0-9]{10}$', default_phone_region = 'GB'");
        bed.settingsChangedBehindTheEngine();
        try {
            assertThatThrownBy(() -> bed.profiles.create(admin, CustomerDetails.builder("Tom").nationalId("AB-12345")
                    .build(), DuplicatePolicy.REJECT))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("^[0-9]{10}$");
            Customer tom = bed.profiles.create(admin, CustomerDetails.builder("Tom").nationalId("0123456789")
                    .phone("020 7946 0018").build(), DuplicatePolicy.REJECT);
            assertThat(tom.phone()).isEqualTo("+442079460018");
            assertThat(tom.nationalId()).isEqualTo("0123456789");
        } finally {
            bed.exec("UPDATE company_settings SET national_id_pattern = DEFAULT, default_phone_region = DEFAULT");
            bed.settingsChangedBehindTheEngine();
        }
    }

    @Test
    void an_unknown_profile_image_is_not_found_and_nothing_is_written() {
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.profiles.create(admin, bed.person("Img", "Less").profileImageId(UUID.randomUUID())
                .build(), DuplicatePolicy.REJECT)).isInstanceOf(NotFoundException.class);
        bed.assertNothingWritten(before);
    }

    @Test
    void a_missing_duplicate_policy_is_a_validation_error() {
        assertThatThrownBy(() -> bed.profiles.create(admin, bed.person("No", "Policy").build(), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("duplicates");
    }

    @Test
    void update_replaces_the_details_bumps_the_version_and_refuses_a_stale_version() {
        Customer created = bed.profiles.create(admin, bed.person("Omar", "Haddad").build(), DuplicatePolicy.REJECT);
        String newPhone = bed.phone();

        Customer updated = bed.profiles.update(admin, created.id(), CustomerDetails.builder("Omar")
                .lastName("Al-Haddad").phone(newPhone).occupation("Jeweller").build(), created.version(),
                DuplicatePolicy.REJECT);

        assertThat(updated.lastName()).isEqualTo("Al-Haddad");
        assertThat(updated.phone()).isEqualTo(CustomerBed.e164(newPhone));
        assertThat(updated.version()).isEqualTo(created.version() + 1);
        assertThat(bed.latestAuditActions(1)).containsExactly("update:customer:success");

        Map<String, Long> before = bed.rowCounts();
        ConflictException stale = catchThrowableOfType(ConflictException.class, () -> bed.profiles.update(admin,
                created.id(), CustomerDetails.builder("Late").build(), created.version(), DuplicatePolicy.REJECT));
        assertThat(stale.code()).isEqualTo(ErrorCode.STALE_VERSION);
        bed.assertNothingWritten(before);
    }

    @Test
    void changing_an_unknown_customer_is_not_found_and_finding_one_is_empty() {
        UUID unknown = UUID.randomUUID();
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.profiles.update(admin, unknown, CustomerDetails.builder("X").build(), 0,
                DuplicatePolicy.REJECT)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.profiles.deactivate(admin, unknown, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.profiles.reactivate(admin, unknown, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.profiles.overview(admin, unknown)).isInstanceOf(NotFoundException.class);
        assertThat(bed.profiles.find(admin, unknown)).isEmpty();
        bed.assertNothingWritten(before);
    }

    @Test
    void a_deactivated_customer_is_left_out_of_searches_until_reactivated() {
        Customer created = bed.profiles.create(admin, bed.person("Inactive", "Ines").build(), DuplicatePolicy.REJECT);
        Customer off = bed.profiles.deactivate(admin, created.id(), created.version());
        assertThat(off.active()).isFalse();
        assertThat(bed.latestAuditActions(1)).containsExactly("deactivate:customer:success");
        CustomerSearch byName = CustomerSearch.builder().name("inactive ines").build();
        assertThat(bed.profiles.search(admin, byName, PageRequest.first()).items()).isEmpty();
        assertThat(bed.profiles.search(admin, CustomerSearch.builder().name("inactive ines").includeInactive(true)
                .build(), PageRequest.first()).items()).extracting(s -> s.id()).containsExactly(created.id());
        assertThatThrownBy(() -> bed.profiles.reactivate(admin, created.id(), created.version()))
                .isInstanceOf(ConflictException.class);

        Customer on = bed.profiles.reactivate(admin, created.id(), off.version());

        assertThat(on.active()).isTrue();
        assertThat(bed.profiles.search(admin, byName, PageRequest.first()).items()).hasSize(1);
    }

    @Test
    void a_second_customer_with_the_same_phone_email_or_national_id_is_refused_naming_only_the_first() {
        String phone = bed.phone();
        Customer first = bed.profiles.create(admin, CustomerDetails.builder("Fatima").lastName("Rahimi").phone(phone)
                .email("Fatima.R@Example.com").nationalId("ir-555-444-333").build(), DuplicatePolicy.REJECT);

        for (CustomerDetails twin : List.of(
                CustomerDetails.builder("Other").phone(CustomerBed.e164(phone)).build(),
                CustomerDetails.builder("Other").email("fatima.r@example.COM").build(),
                CustomerDetails.builder("Other").nationalId("IR555444333").build())) {
            Map<String, Long> before = bed.rowCounts();
            DuplicateCustomerException e = catchThrowableOfType(DuplicateCustomerException.class,
                    () -> bed.profiles.create(clerk, twin, DuplicatePolicy.REJECT));
            assertThat(e.existingCustomerId()).isEqualTo(first.id());
            assertThat(e.existingCustomerCode()).isEqualTo(first.code());
            assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE);
            assertThat(e.getMessage()).contains(first.code()).doesNotContain("Fatima").doesNotContain("Rahimi")
                    .doesNotContain("example.com");
            bed.assertNothingWritten(before);
        }
    }

    @Test
    void a_duplicate_is_saved_with_the_override_permission_and_the_audit_row_says_so() {
        String phone = bed.phone();
        bed.profiles.create(admin, CustomerDetails.builder("Mother").phone(phone).build(), DuplicatePolicy.REJECT);

        Customer son = bed.profiles.create(admin, CustomerDetails.builder("Son").phone(phone).build(),
                DuplicatePolicy.ALLOW);

        assertThat(son.phone()).isEqualTo(CustomerBed.e164(phone));
        assertThat(bed.text("SELECT additional_context->>'duplicate_override' FROM audit_logs WHERE resource_id = ?",
                son.id())).isEqualTo("true");
    }

    @Test
    void the_override_without_its_permission_is_refused_even_without_a_duplicate() {
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.profiles.create(clerk, bed.person("No", "Override").build(), DuplicatePolicy.ALLOW))
                .isInstanceOf(PermissionDeniedException.class);
        bed.assertOnlyRefusalAudited(before, Permissions.CUSTOMER_DUPLICATE_OVERRIDE);
    }

    @Test
    void an_update_checks_only_the_values_it_changes_for_duplicates() {
        String shared = bed.phone();
        Customer a = bed.profiles.create(admin, CustomerDetails.builder("Twin").lastName("A").phone(shared).build(),
                DuplicatePolicy.REJECT);
        Customer b = bed.profiles.create(admin, CustomerDetails.builder("Twin").lastName("B").phone(shared).build(),
                DuplicatePolicy.ALLOW);

        Customer renamed = bed.profiles.update(clerk, b.id(), CustomerDetails.builder("Twin").lastName("Bee")
                .phone(shared).build(), b.version(), DuplicatePolicy.REJECT);
        assertThat(renamed.lastName()).isEqualTo("Bee");

        Customer other = bed.profiles.create(admin, bed.person("Third", "Person").build(), DuplicatePolicy.REJECT);
        DuplicateCustomerException e = catchThrowableOfType(DuplicateCustomerException.class,
                () -> bed.profiles.update(clerk, other.id(), CustomerDetails.builder("Third").phone(shared).build(),
                        other.version(), DuplicatePolicy.REJECT));
        assertThat(e.existingCustomerId()).isIn(a.id(), b.id());
        assertThat(e.matchedFields()).containsExactly("phone");
    }

    @Test
    void without_pii_permission_the_national_id_and_birth_date_are_masked_and_nothing_is_revealed() {
        Customer created = bed.profiles.create(admin, full(bed.phone()), DuplicatePolicy.ALLOW);
        Map<String, Long> before = bed.rowCounts();

        Customer seen = bed.profiles.find(clerk, created.id()).orElseThrow();

        assertThat(seen.nationalId()).isEqualTo("****4567");
        assertThat(seen.dateOfBirth()).isNull();
        assertThat(seen.age()).isEqualTo(34);
        assertThat(seen.internalNotes()).isNull();
        assertThat(seen.piiRevealed()).isFalse();
        assertThat(seen.internalNotesRevealed()).isFalse();
        assertThat(seen.notes()).isEqualTo("Prefers 18K");
        bed.assertNothingWritten(before);
    }

    @Test
    void an_unmasked_read_is_audited_with_the_fields_it_revealed() {
        Customer created = bed.profiles.create(admin, full(bed.phone()), DuplicatePolicy.ALLOW);
        CallContext officer = bed.user("officer", Permissions.CUSTOMER_READ, Permissions.CUSTOMER_PII_READ);
        Map<String, Long> before = bed.rowCounts();

        Customer seen = bed.profiles.find(officer, created.id()).orElseThrow();

        assertThat(seen.nationalId()).isEqualTo("AB-1234567");
        assertThat(seen.dateOfBirth()).isEqualTo(LocalDate.of(1990, 6, 15));
        assertThat(seen.internalNotes()).isNull();
        assertThat(bed.changesSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        assertThat(bed.latestAuditActions(1)).containsExactly("reveal:customer:success");
        assertThat(bed.text("SELECT additional_context->>'fields' FROM audit_logs WHERE action_type = 'reveal'"
                + " AND resource_id = ? AND user_id = ?", created.id(), officer.actor().userId()))
                .isEqualTo("[\"nationalId\", \"dateOfBirth\"]");
    }

    @Test
    void saving_a_masked_view_back_keeps_the_hidden_values_and_the_masked_form_itself_is_refused() {
        Customer created = bed.profiles.create(admin, full(bed.phone()), DuplicatePolicy.ALLOW);
        Customer masked = bed.profiles.find(clerk, created.id()).orElseThrow();
        CustomerDetails back = CustomerDetails.builder(masked.firstName()).lastName(masked.lastName())
                .phone(masked.phone()).email(masked.email()).occupation("Senior architect").build();

        assertThatThrownBy(() -> bed.profiles.update(clerk, created.id(), back.toBuilder()
                .nationalId(masked.nationalId()).build(), masked.version(), DuplicatePolicy.REJECT))
                .isInstanceOf(ValidationException.class).hasMessageContaining("masked form");

        Customer updated = bed.profiles.update(clerk, created.id(), back, masked.version(), DuplicatePolicy.REJECT);

        assertThat(updated.occupation()).isEqualTo("Senior architect");
        Customer full = bed.profiles.find(admin, created.id()).orElseThrow();
        assertThat(full.nationalId()).isEqualTo("AB-1234567");
        assertThat(full.dateOfBirth()).isEqualTo(LocalDate.of(1990, 6, 15));
        assertThat(full.internalNotes()).isEqualTo("Asked for a discount twice");
        assertThat(full.age()).isEqualTo(34);
    }

    @Test
    void a_caller_who_sees_everything_clears_a_protected_field_by_sending_null() {
        Customer created = bed.profiles.create(admin, full(bed.phone()), DuplicatePolicy.ALLOW);

        Customer cleared = bed.profiles.update(admin, created.id(), CustomerDetails.builder("Zahra")
                .phone(created.phone()).build(), created.version(), DuplicatePolicy.REJECT);

        assertThat(cleared.nationalId()).isNull();
        assertThat(cleared.dateOfBirth()).isNull();
        assertThat(cleared.age()).isNull();
        assertThat(cleared.internalNotes()).isNull();
        assertThat(bed.count("SELECT count(*) FROM customers WHERE id = ? AND national_id IS NULL"
                + " AND national_id_enc IS NULL AND national_id_bidx IS NULL", created.id())).isEqualTo(1);
        assertThat(bed.text("SELECT additional_context->>'protected_fields_changed' FROM audit_logs"
                + " WHERE action_type = 'update' AND resource_id = ?", created.id()))
                .isEqualTo("[\"nationalId\", \"dateOfBirth\", \"internalNotes\"]");
    }

    @Test
    void the_age_follows_the_shop_clock_and_refresh_ages_rewrites_only_the_birthdays_that_passed() {
        Customer birthday = bed.profiles.create(admin, bed.person("Birthday", "Soon")
                .dateOfBirth(LocalDate.of(2000, 3, 12)).build(), DuplicatePolicy.REJECT);
        Customer later = bed.profiles.create(admin, bed.person("Birthday", "Later")
                .dateOfBirth(LocalDate.of(2000, 9, 1)).build(), DuplicatePolicy.REJECT);
        assertThat(birthday.age()).isEqualTo(24);
        assertThat(later.age()).isEqualTo(24);
        CallContext job = CallContext.system("customer-ages");

        bed.clock.set(Instant.parse("2025-03-12T08:00:00Z"));
        int changed = bed.profiles.refreshAges(job);

        assertThat(changed).isGreaterThanOrEqualTo(1);
        assertThat(bed.text("SELECT age::text FROM customers WHERE id = ?", birthday.id())).isEqualTo("25");
        assertThat(bed.text("SELECT age::text FROM customers WHERE id = ?", later.id())).isEqualTo("24");
        assertThat(bed.text("SELECT version::text FROM customers WHERE id = ?", birthday.id())).isEqualTo("0");
        assertThat(bed.latestAuditActions(1)).containsExactly("refresh_ages:customer:success");
        assertThat(bed.profiles.refreshAges(job)).isZero();
    }

    @Test
    void a_customer_born_on_the_29th_of_february_turns_older_on_the_1st_of_march_in_common_years() {
        Customer leap = bed.profiles.create(admin, bed.person("Leap", "Day").dateOfBirth(LocalDate.of(2004, 2, 29))
                .build(), DuplicatePolicy.REJECT);
        assertThat(leap.age()).isEqualTo(21);

        bed.clock.set(Instant.parse("2026-02-28T12:00:00Z"));
        bed.profiles.refreshAges(CallContext.system("customer-ages"));
        assertThat(bed.text("SELECT age::text FROM customers WHERE id = ?", leap.id())).isEqualTo("21");

        bed.clock.set(Instant.parse("2026-03-01T12:00:00Z"));
        bed.profiles.refreshAges(CallContext.system("customer-ages"));
        assertThat(bed.text("SELECT age::text FROM customers WHERE id = ?", leap.id())).isEqualTo("22");
    }

    @Test
    void an_erased_customer_can_no_longer_be_changed_or_reactivated() {
        Customer gone = bed.profiles.create(admin, bed.person("Soon", "Gone").build(), DuplicatePolicy.REJECT);
        bed.profiles.erase(admin, gone.id(), "request #42");
        long version = bed.count("SELECT version FROM customers WHERE id = ?", gone.id());

        assertThatThrownBy(() -> bed.profiles.update(admin, gone.id(), CustomerDetails.builder("Back").build(),
                version, DuplicatePolicy.REJECT)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("erased");
        assertThatThrownBy(() -> bed.profiles.reactivate(admin, gone.id(), version))
                .isInstanceOf(BusinessRuleException.class);
    }
}
