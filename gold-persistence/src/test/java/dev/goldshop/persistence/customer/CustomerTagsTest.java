package dev.goldshop.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.AssignedTag;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerSearch;
import dev.goldshop.core.customer.CustomerTag;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.customer.PostalAddress;
import dev.goldshop.core.customer.TagDetails;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tags: unique names, colours, versions; assignments with who and when; tagging a whole search. */
@ExtendWith(PostgresExtension.class)
class CustomerTagsTest {
    private static CustomerBed bed;
    private static CallContext admin;
    private static CallContext marketer;

    @BeforeAll
    static void start(TestDatabase db) {
        bed = CustomerBed.open(db);
        admin = bed.admin("admin");
        marketer = bed.user("marketer", Permissions.CUSTOMER_READ, Permissions.CUSTOMER_TAG_ASSIGN);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    private static Customer customer(String first, String last, String city) {
        return bed.profiles.create(admin, bed.person(first, last)
                .address(new PostalAddress(null, city, null, null, null, null)).build(), DuplicatePolicy.REJECT);
    }

    @Test
    void a_tag_is_created_with_an_upper_case_colour_and_its_name_is_unique_whatever_its_case() {
        CustomerTag gold = bed.tags.create(admin, new TagDetails("Gold buyers", "#d4af37", "Buys 22K"));
        assertThat(gold.colour()).isEqualTo("#D4AF37");
        assertThat(gold.version()).isZero();
        Map<String, Long> before = bed.rowCounts();

        ConflictException e = catchThrowableOfType(ConflictException.class,
                () -> bed.tags.create(admin, new TagDetails("GOLD BUYERS", null, null)));

        assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE);
        bed.assertNothingWritten(before);
    }

    @Test
    void bad_tag_fields_are_named_and_nothing_is_written() {
        Map<String, Long> before = bed.rowCounts();
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> bed.tags.create(admin, new TagDetails(" ", "gold", "d".repeat(1001))));
        assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactlyInAnyOrder("name", "colour", "description");
        assertThat(e.getMessage()).contains("#RRGGBB");
        assertThatThrownBy(() -> bed.tags.create(admin, null)).isInstanceOf(ValidationException.class);
        bed.assertNothingWritten(before);
    }

    @Test
    void a_tag_is_renamed_with_its_version_and_a_stale_version_is_refused() {
        CustomerTag tag = bed.tags.create(admin, new TagDetails("Wedding 2025", null, null));

        CustomerTag renamed = bed.tags.update(admin, tag.id(), new TagDetails("Wedding 2026", "#FFFFFF", "moved"),
                tag.version());

        assertThat(renamed.name()).isEqualTo("Wedding 2026");
        assertThat(renamed.version()).isEqualTo(1);
        assertThatThrownBy(() -> bed.tags.update(admin, tag.id(), new TagDetails("Late", null, null), tag.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bed.tags.update(admin, UUID.randomUUID(), new TagDetails("X", null, null), 0))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleting_a_tag_takes_it_off_every_customer() {
        CustomerTag tag = bed.tags.create(admin, new TagDetails("Short lived", null, null));
        Customer c = customer("Tagged", "Once", "Lyon");
        bed.tags.assign(admin, c.id(), tag.id());
        assertThatThrownBy(() -> bed.tags.delete(admin, tag.id(), 5)).isInstanceOf(ConflictException.class);

        bed.tags.delete(admin, tag.id(), tag.version());

        assertThat(bed.tags.tagsOf(admin, c.id())).isEmpty();
        assertThat(bed.count("SELECT count(*) FROM customer_tag_assignments WHERE tag_id = ?", tag.id())).isZero();
        assertThatThrownBy(() -> bed.tags.delete(admin, tag.id(), 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void tags_are_listed_by_name_ignoring_case_page_after_page() {
        List<String> names = List.of("list-b", "List-a", "list-D", "LIST-c", "list-e");
        for (String name : names) {
            bed.tags.create(admin, new TagDetails(name, null, null));
        }
        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            Page<CustomerTag> page = bed.tags.list(admin, request);
            page.items().stream().map(CustomerTag::name).filter(n -> n.toLowerCase().startsWith("list-"))
                    .forEach(seen::add);
            if (!page.hasNext()) {
                break;
            }
            request = PageRequest.after(page.nextCursor().orElseThrow(), 2);
        }
        assertThat(seen).containsExactly("List-a", "list-b", "LIST-c", "list-D", "list-e");
    }

    @Test
    void an_assignment_records_who_and_when_and_assigning_again_changes_nothing() {
        CustomerTag tag = bed.tags.create(admin, new TagDetails("Assigned", null, null));
        Customer c = customer("Assignee", "One", "Rome");
        Instant at = bed.clock.instant();

        AssignedTag first = bed.tags.assign(marketer, c.id(), tag.id());
        bed.clock.advance(Duration.ofHours(1));
        AssignedTag again = bed.tags.assign(admin, c.id(), tag.id());

        assertThat(first.assignedBy()).isEqualTo(marketer.actor().userId());
        assertThat(first.assignedAt()).isEqualTo(at);
        assertThat(again).isEqualTo(first);
        assertThat(bed.text("SELECT additional_context->>'already_assigned' FROM audit_logs WHERE action_type ="
                + " 'assign_tag' AND resource_id = ? AND user_id = ?", c.id(), admin.actor().userId())).isEqualTo("true");
        assertThat(bed.tags.tagsOf(admin, c.id())).containsExactly(first);
        bed.clock.set(CustomerBed.START);
    }

    @Test
    void unassigning_says_whether_the_tag_was_there() {
        CustomerTag tag = bed.tags.create(admin, new TagDetails("Removable", null, null));
        Customer c = customer("Untag", "Me", "Oslo");
        bed.tags.assign(admin, c.id(), tag.id());

        assertThat(bed.tags.unassign(marketer, c.id(), tag.id())).isTrue();
        assertThat(bed.tags.unassign(marketer, c.id(), tag.id())).isFalse();
        assertThat(bed.tags.tagsOf(admin, c.id())).isEmpty();
    }

    @Test
    void assigning_to_an_unknown_or_erased_customer_or_an_unknown_tag_is_refused() {
        CustomerTag tag = bed.tags.create(admin, new TagDetails("Refusals", null, null));
        Customer erased = customer("Erased", "Tagless", "Bern");
        bed.profiles.erase(admin, erased.id(), "request");
        Map<String, Long> before = bed.rowCounts();

        assertThatThrownBy(() -> bed.tags.assign(admin, UUID.randomUUID(), tag.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.tags.assign(admin, erased.id(), tag.id())).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> bed.tags.assign(admin, erased.id(), UUID.randomUUID()))
                .isInstanceOf(BusinessRuleException.class);
        bed.assertNothingWritten(before);
    }

    @Test
    void a_tag_is_put_on_every_customer_a_search_finds_in_one_call_and_again_adds_nothing() {
        CustomerTag tag = bed.tags.create(admin, new TagDetails("Kyoto campaign", null, null));
        Customer a = customer("Kyoto", "A", "Kyoto");
        Customer b = customer("Kyoto", "B", "KYOTO");
        Customer elsewhere = customer("Kyoto", "C", "Osaka");
        bed.tags.assign(admin, a.id(), tag.id());
        CustomerSearch kyoto = CustomerSearch.builder().city("kyoto").build();

        int added = bed.tags.assignToSearch(marketer, tag.id(), kyoto);

        assertThat(added).isEqualTo(1);
        assertThat(bed.profiles.search(admin, CustomerSearch.builder().tagId(tag.id()).build(), PageRequest.first())
                .items()).extracting(s -> s.id()).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(bed.tags.tagsOf(admin, b.id())).singleElement()
                .satisfies(t -> assertThat(t.assignedBy()).isEqualTo(marketer.actor().userId()));
        assertThat(bed.tags.tagsOf(admin, elsewhere.id())).isEmpty();
        assertThat(bed.latestAuditActions(1)).containsExactly("assign_to_search:customer_tag:success");
        assertThat(bed.tags.assignToSearch(marketer, tag.id(), kyoto)).isZero();
    }

    @Test
    void tagging_a_search_needs_a_criterion_and_an_existing_tag() {
        CustomerTag tag = bed.tags.create(admin, new TagDetails("Guarded", null, null));
        Map<String, Long> before = bed.rowCounts();

        assertThatThrownBy(() -> bed.tags.assignToSearch(marketer, tag.id(), CustomerSearch.all()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("criterion");
        assertThatThrownBy(() -> bed.tags.assignToSearch(marketer, tag.id(), null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> bed.tags.assignToSearch(marketer, UUID.randomUUID(),
                CustomerSearch.builder().city("x").build())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.tags.assignToSearch(marketer, tag.id(),
                CustomerSearch.builder().phone("nope").build())).isInstanceOf(ValidationException.class);
        bed.assertNothingWritten(before);
    }
}
