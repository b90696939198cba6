package dev.goldshop.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.BusinessDetails;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerSearch;
import dev.goldshop.core.customer.CustomerSummary;
import dev.goldshop.core.customer.CustomerTag;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.customer.OccasionType;
import dev.goldshop.core.customer.PostalAddress;
import dev.goldshop.core.customer.PreferencesInput;
import dev.goldshop.core.customer.SpecialOccasion;
import dev.goldshop.core.customer.TagDetails;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What each search criterion finds, alone and combined, paged with keyset cursors. */
@ExtendWith(PostgresExtension.class)
class CustomerSearchTest {
    private static CustomerBed bed;
    private static CallContext admin;
    private static Customer jose;
    private static Customer joseAscii;
    private static Customer josephine;
    private static Customer percent;
    private static CustomerTag vip;

    @BeforeAll
    static void start(TestDatabase db) {
        bed = CustomerBed.open(db);
        admin = bed.admin("admin");
        jose = create(CustomerDetails.builder("José").lastName("Núñez").phone("+1 (212) 201-0001")
                .email("Jose.Nunez@Example.com").nationalId("ES-12345678")
                .dateOfBirth(LocalDate.of(1980, 3, 13))
                .address(new PostalAddress(null, "Madrid", null, null, "Spain", null))
                .business(new BusinessDetails("Acme Gold", null, null, null, null)).build());
        joseAscii = create(CustomerDetails.builder("jose").lastName("NUNEZ").phone(bed.phone())
                .address(new PostalAddress(null, "madrid", null, null, null, null)).build());
        josephine = create(CustomerDetails.builder("Joséphine").lastName("Baker").phone(bed.phone())
                .dateOfBirth(LocalDate.of(1975, 12, 31))
                .address(new PostalAddress(null, "Paris", null, null, null, null)).build());
        percent = create(CustomerDetails.builder("Percent").lastName("50% Off_Sale").phone(bed.phone()).build());
        vip = bed.tags.create(admin, new TagDetails("VIP search", "#D4AF37", null));
        bed.tags.assign(admin, jose.id(), vip.id());
        bed.preferences.save(admin, josephine.id(), new PreferencesInput(null, null, null, null, null,
                List.of(new SpecialOccasion(OccasionType.ANNIVERSARY, LocalDate.of(2001, 3, 15), "Wedding")), null,
                null, null), null);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @BeforeEach
    void resetClock() {
        bed.clock.set(CustomerBed.START);
    }

    private static Customer create(CustomerDetails details) {
        return bed.profiles.create(admin, details, DuplicatePolicy.REJECT);
    }

    private static List<UUID> ids(CustomerSearch search) {
        return bed.profiles.search(admin, search, PageRequest.first(500)).items().stream().map(CustomerSummary::id)
                .toList();
    }

    @Test
    void a_partial_name_is_found_ignoring_case_accents_and_word_order() {
        assertThat(ids(CustomerSearch.builder().name("JOSE").build()))
                .containsExactlyInAnyOrder(jose.id(), joseAscii.id(), josephine.id());
        assertThat(ids(CustomerSearch.builder().name("núñ").build())).containsExactlyInAnyOrder(jose.id(), joseAscii.id());
        assertThat(ids(CustomerSearch.builder().name("nunez  jose").build()))
                .containsExactlyInAnyOrder(jose.id(), joseAscii.id());
        assertThat(ids(CustomerSearch.builder().name("josephine b").build())).containsExactly(josephine.id());
    }

    @Test
    void one_or_two_letters_match_the_start_of_the_name_only() {
        assertThat(ids(CustomerSearch.builder().name("jo").build()))
                .containsExactlyInAnyOrder(jose.id(), joseAscii.id(), josephine.id());
        assertThat(ids(CustomerSearch.builder().name("ez").build())).isEmpty();
    }

    @Test
    void like_wildcards_in_the_name_are_matched_literally() {
        assertThat(ids(CustomerSearch.builder().name("50%").build())).containsExactly(percent.id());
        assertThat(ids(CustomerSearch.builder().name("off_sale").build())).containsExactly(percent.id());
        assertThat(ids(CustomerSearch.builder().name("%").build())).isEmpty();
        assertThat(ids(CustomerSearch.builder().name("o_f").build())).isEmpty();
    }

    @Test
    void phone_email_and_national_id_are_matched_exactly_in_any_usual_form() {
        assertThat(ids(CustomerSearch.builder().phone("212.201.0001").build())).containsExactly(jose.id());
        assertThat(ids(CustomerSearch.builder().phone("+12122010001").build())).containsExactly(jose.id());
        assertThat(ids(CustomerSearch.builder().email("jose.nunez@example.COM").build())).containsExactly(jose.id());
        assertThat(ids(CustomerSearch.builder().email("jose.nunez@example").build())).isEmpty();
        assertThat(ids(CustomerSearch.builder().nationalId("es 12345678").build())).containsExactly(jose.id());
        assertThat(ids(CustomerSearch.builder().nationalId("ES-1234567").build())).isEmpty();
    }

    @Test
    void city_company_and_tag_are_matched() {
        assertThat(ids(CustomerSearch.builder().city("MADRID").build()))
                .containsExactlyInAnyOrder(jose.id(), joseAscii.id());
        assertThat(ids(CustomerSearch.builder().company("acme gold").build())).containsExactly(jose.id());
        assertThat(ids(CustomerSearch.builder().tagId(vip.id()).build())).containsExactly(jose.id());
        assertThat(ids(CustomerSearch.builder().tagId(UUID.randomUUID()).build())).isEmpty();
    }

    @Test
    void birthdays_and_anniversaries_in_the_next_days_follow_the_shop_clock_across_new_year() {
        assertThat(ids(CustomerSearch.builder().birthdayWithinDays(2).build())).doesNotContain(jose.id());
        assertThat(ids(CustomerSearch.builder().birthdayWithinDays(3).build())).contains(jose.id());
        assertThat(ids(CustomerSearch.builder().anniversaryWithinDays(4).build())).doesNotContain(josephine.id());
        assertThat(ids(CustomerSearch.builder().anniversaryWithinDays(5).build())).containsExactly(josephine.id());

        bed.clock.set(Instant.parse("2025-12-28T09:00:00Z"));
        assertThat(ids(CustomerSearch.builder().birthdayWithinDays(5).build())).contains(josephine.id())
                .doesNotContain(jose.id());
        bed.clock.set(Instant.parse("2025-12-30T09:00:00Z"));
        assertThat(ids(CustomerSearch.builder().birthdayWithinDays(0).build())).doesNotContain(josephine.id());
        assertThat(ids(CustomerSearch.builder().birthdayWithinDays(1).build())).contains(josephine.id());
    }

    @Test
    void combined_criteria_must_all_match() {
        assertThat(ids(CustomerSearch.builder().name("jose").city("madrid").tagId(vip.id()).build()))
                .containsExactly(jose.id());
        assertThat(ids(CustomerSearch.builder().name("jose").city("paris").build())).containsExactly(josephine.id());
        assertThat(ids(CustomerSearch.builder().name("josephine").city("madrid").build())).isEmpty();
    }

    @Test
    void pages_follow_each_other_in_name_order_without_gaps_or_repeats() {
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(create(bed.person("Pager", "Person " + (char) ('g' - i)).build()).id());
        }
        CustomerSearch pagers = CustomerSearch.builder().name("pager").build();
        List<CustomerSummary> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        List<Integer> sizes = new ArrayList<>();
        while (true) {
            Page<CustomerSummary> page = bed.profiles.search(admin, pagers, request);
            sizes.add(page.items().size());
            seen.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
            request = PageRequest.after(page.nextCursor().orElseThrow(), 3);
        }
        assertThat(sizes).containsExactly(3, 3, 1);
        assertThat(seen).extracting(CustomerSummary::id).containsExactlyInAnyOrderElementsOf(created);
        assertThat(seen).extracting(CustomerSummary::lastName).containsExactly("Person a", "Person b", "Person c",
                "Person d", "Person e", "Person f", "Person g");
    }

    @Test
    void invalid_criteria_and_cursors_are_named() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> bed.profiles.search(admin,
                CustomerSearch.builder().phone("not a phone").birthdayWithinDays(400).anniversaryWithinDays(-1)
                        .name("a b c d e f").nationalId("9".repeat(51)).build(), PageRequest.first()));
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder("phone",
                "birthdayWithinDays", "anniversaryWithinDays", "name", "nationalId");
        assertThatThrownBy(() -> bed.profiles.search(admin, CustomerSearch.all(), PageRequest.after("garbage", 10)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cursor");
        assertThatThrownBy(() -> bed.profiles.search(admin, null, PageRequest.first()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("search");
        assertThatThrownBy(() -> bed.profiles.search(admin, CustomerSearch.all(), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("page");
    }
}
