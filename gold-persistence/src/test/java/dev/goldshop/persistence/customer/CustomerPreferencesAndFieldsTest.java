package dev.goldshop.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.ContactChannel;
import dev.goldshop.core.customer.CustomField;
import dev.goldshop.core.customer.CustomFieldDefinition;
import dev.goldshop.core.customer.CustomFieldType;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.customer.OccasionType;
import dev.goldshop.core.customer.Preferences;
import dev.goldshop.core.customer.PreferencesInput;
import dev.goldshop.core.customer.PurchaseFrequency;
import dev.goldshop.core.customer.SpecialOccasion;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.value.CodedEnums;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Preferences (one per customer, with indexed occasions) and the shop's custom fields. */
@ExtendWith(PostgresExtension.class)
class CustomerPreferencesAndFieldsTest {
    private static CustomerBed bed;
    private static CallContext admin;

    @BeforeAll
    static void start(TestDatabase db) {
        bed = CustomerBed.open(db);
        admin = bed.admin("admin");
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static PreferencesInput input(Money min, Money max, List<SpecialOccasion> occasions) {
        Map<ContactChannel, Boolean> channels = new EnumMap<>(ContactChannel.class);
        channels.put(ContactChannel.EMAIL, true);
        channels.put(ContactChannel.SMS, false);
        return new PreferencesInput(Set.of(MetalType.GOLD, MetalType.PLATINUM), List.of("antique", "minimal", "antique"),
                min, max, channels, occasions, PurchaseFrequency.SEASONAL, "weekday mornings", "Likes emeralds");
    }

    @Test
    void preferences_are_saved_once_then_changed_with_their_version() {
        Customer c = bed.profiles.create(admin, bed.person("Pref", "Erence").build(), DuplicatePolicy.REJECT);
        Map<String, Long> before = bed.rowCounts();

        Preferences saved = bed.preferences.save(admin, c.id(), input(usd("500.00"), usd("2500.00"),
                List.of(new SpecialOccasion(OccasionType.ANNIVERSARY, LocalDate.of(2012, 6, 20), "Wedding"),
                        new SpecialOccasion(OccasionType.OTHER, LocalDate.of(2020, 1, 5), "Daughter's birthday"))),
                null);

        assertThat(bed.changesSince(before)).isEqualTo(Map.of("customer_preferences", 1L,
                "customer_special_dates", 2L, "audit_logs", 1L));
        assertThat(saved.metalTypes()).containsExactlyInAnyOrder(MetalType.GOLD, MetalType.PLATINUM);
        assertThat(saved.styles()).containsExactly("antique", "minimal");
        assertThat(saved.priceRangeMin()).isEqualTo(usd("500.00"));
        assertThat(saved.optedIn(ContactChannel.EMAIL)).isTrue();
        assertThat(saved.optedIn(ContactChannel.SMS)).isFalse();
        assertThat(saved.optedIn(ContactChannel.WHATSAPP)).isFalse();
        assertThat(saved.channels()).doesNotContainKey(ContactChannel.WHATSAPP);
        assertThat(saved.occasions()).hasSize(2);
        assertThat(saved.frequency()).isEqualTo(PurchaseFrequency.SEASONAL);
        assertThat(bed.preferences.find(admin, c.id())).contains(saved);

        ConflictException twice = catchThrowableOfType(ConflictException.class,
                () -> bed.preferences.save(admin, c.id(), input(null, null, List.of()), null));
        assertThat(twice.code()).isEqualTo(ErrorCode.DUPLICATE);

        Preferences changed = bed.preferences.save(admin, c.id(), input(null, usd("900.00"), List.of()),
                saved.version());
        assertThat(changed.version()).isEqualTo(saved.version() + 1);
        assertThat(changed.occasions()).isEmpty();
        assertThat(bed.count("SELECT count(*) FROM customer_special_dates WHERE customer_id = ?", c.id())).isZero();
        assertThatThrownBy(() -> bed.preferences.save(admin, c.id(), input(null, null, List.of()), saved.version()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void invalid_preferences_are_named_and_nothing_is_written() {
        Customer c = bed.profiles.create(admin, bed.person("Bad", "Prefs").build(), DuplicatePolicy.REJECT);
        Map<String, Long> before = bed.rowCounts();

        ValidationException range = catchThrowableOfType(ValidationException.class, () -> bed.preferences.save(admin,
                c.id(), input(usd("900.00"), usd("100.00"), List.of()), null));
        assertThat(range.fieldErrors()).extracting(f -> f.field()).containsExactly("priceRangeMax");

        ValidationException many = catchThrowableOfType(ValidationException.class, () -> bed.preferences.save(admin,
                c.id(), new PreferencesInput(null, List.of(" "), Money.of("10.00", "EUR"), usd("-1.00"), null,
                        List.of(new SpecialOccasion(null, LocalDate.of(1800, 1, 1), null)), null, "t".repeat(101),
                        null), null));
        assertThat(many.fieldErrors()).extracting(f -> f.field()).containsExactlyInAnyOrder("styles[0]",
                "priceRangeMin", "priceRangeMax", "occasions[0].type", "occasions[0].date", "preferredVisitTime");
        assertThat(many.getMessage()).contains("shop's currency USD");
        bed.assertNothingWritten(before);
        assertThatThrownBy(() -> bed.preferences.save(admin, UUID.randomUUID(), input(null, null, List.of()), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.preferences.save(admin, c.id(), input(null, null, List.of()), 3L))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.preferences.find(admin, c.id())).isEmpty();
    }

    @Test
    void custom_fields_are_checked_against_their_definitions_and_read_back_exactly() {
        CustomField ringSize = bed.customFields.define(admin, new CustomFieldDefinition("ring_size", "Ring size",
                CustomFieldType.NUMBER, false, null), null);
        bed.customFields.define(admin, new CustomFieldDefinition("first_visit", null, CustomFieldType.DATE, false,
                List.of()), null);
        bed.customFields.define(admin, new CustomFieldDefinition("newsletter", null, CustomFieldType.BOOLEAN, false,
                null), null);
        bed.customFields.define(admin, new CustomFieldDefinition("preferred_karat", null, CustomFieldType.CHOICE, false,
                List.of("18K", "21K", "22K")), null);
        bed.customFields.define(admin, new CustomFieldDefinition("nickname", null, CustomFieldType.TEXT, false,
                null), null);
        try {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("ring_size", new BigDecimal("7.50"));
            values.put("first_visit", LocalDate.of(2019, 11, 2));
            values.put("newsletter", true);
            values.put("preferred_karat", "22K");
            values.put("nickname", "Goldie");
            Customer c = bed.profiles.create(admin, bed.person("Custom", "Fields").customFields(values).build(),
                    DuplicatePolicy.REJECT);

            assertThat(c.customFields()).containsEntry("ring_size", new BigDecimal("7.50"))
                    .containsEntry("first_visit", LocalDate.of(2019, 11, 2)).containsEntry("newsletter", true)
                    .containsEntry("preferred_karat", "22K").containsEntry("nickname", "Goldie");
            assertThat(((BigDecimal) c.customFields().get("ring_size")).scale()).isEqualTo(2);

            Map<String, Object> wrong = new LinkedHashMap<>();
            wrong.put("ring_size", 7.5d);
            wrong.put("first_visit", "2019-11-02");
            wrong.put("newsletter", "yes");
            wrong.put("preferred_karat", "24K");
            wrong.put("nickname", "n".repeat(1001));
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> bed.profiles.create(admin,
                    bed.person("Wrong", "Types").customFields(wrong).build(), DuplicatePolicy.REJECT));
            assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactlyInAnyOrder("customFields.ring_size",
                    "customFields.first_visit", "customFields.newsletter", "customFields.preferred_karat",
                    "customFields.nickname");
            assertThat(e.getMessage()).contains("18K, 21K, 22K").contains("not a floating-point one");

            CustomField required = bed.customFields.define(admin, new CustomFieldDefinition("ring_size", "Ring size",
                    CustomFieldType.NUMBER, true, null), ringSize.version());
            assertThat(required.definition().required()).isTrue();
            assertThatThrownBy(() -> bed.profiles.create(admin, bed.person("Missing", "Size").build(),
                    DuplicatePolicy.REJECT)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("customFields.ring_size");
            assertThat(bed.customFields.list(admin)).extracting(f -> f.definition().name())
                    .containsExactly("first_visit", "newsletter", "nickname", "preferred_karat", "ring_size");
        } finally {
            for (CustomField field : bed.customFields.list(admin)) {
                bed.customFields.remove(admin, field.definition().name(), field.version());
            }
        }
        assertThat(bed.customFields.list(admin)).isEmpty();
    }

    @Test
    void definitions_are_validated_unique_and_versioned() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> bed.customFields.define(admin,
                new CustomFieldDefinition("Bad Name", null, null, false, List.of("x")), null));
        assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactlyInAnyOrder("name", "type",
                "allowedValues");
        assertThatThrownBy(() -> bed.customFields.define(admin, new CustomFieldDefinition("size", null,
                CustomFieldType.CHOICE, false, List.of("S", "S")), null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("twice");
        CustomField field = bed.customFields.define(admin, new CustomFieldDefinition("tier_note", null,
                CustomFieldType.TEXT, false, null), null);
        assertThat(field.definition().label()).isEqualTo("tier_note");
        assertThatThrownBy(() -> bed.customFields.define(admin, new CustomFieldDefinition("tier_note", null,
                CustomFieldType.TEXT, false, null), null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bed.customFields.define(admin, new CustomFieldDefinition("no_such", null,
                CustomFieldType.TEXT, false, null), 0L)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.customFields.remove(admin, "tier_note", field.version() + 1))
                .isInstanceOf(ConflictException.class);
        bed.customFields.remove(admin, "tier_note", field.version());
        assertThatThrownBy(() -> bed.customFields.remove(admin, "tier_note", 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void coded_enums_parse_their_codes_and_name_the_field_otherwise() {
        assertThat(CodedEnums.parse(PurchaseFrequency.class, "frequency", " Seasonal ")).isEqualTo(PurchaseFrequency.SEASONAL);
        assertThat(CodedEnums.parse(PurchaseFrequency.class, "frequency", null)).isNull();
        assertThatThrownBy(() -> CodedEnums.parse(PurchaseFrequency.class, "frequency", "daily"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("frequency")
                .hasMessageContaining("weekly, monthly, seasonal, annual");
    }

    @Test
    void an_erased_customers_preferences_cannot_be_saved() {
        Customer c = bed.profiles.create(admin, CustomerDetails.builder("Erased").phone(bed.phone()).build(),
                DuplicatePolicy.REJECT);
        bed.profiles.erase(admin, c.id(), "request");
        assertThatThrownBy(() -> bed.preferences.save(admin, c.id(), input(null, null, List.of()), null))
                .isInstanceOf(BusinessRuleException.class);
    }
}
