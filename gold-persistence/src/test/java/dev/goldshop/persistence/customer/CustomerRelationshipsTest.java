package dev.goldshop.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerRelationship;
import dev.goldshop.core.customer.CustomerRelationships;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.customer.NewRelationship;
import dev.goldshop.core.customer.ReferralNode;
import dev.goldshop.core.customer.ReferralTree;
import dev.goldshop.core.customer.RelationshipType;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Links shown from both sides, no self-links or duplicates, referral trees, and the spec's ON DELETE rules. */
@ExtendWith(PostgresExtension.class)
class CustomerRelationshipsTest {
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

    private static Customer customer(String first, String last) {
        return bed.profiles.create(admin, bed.person(first, last).build(), DuplicatePolicy.REJECT);
    }

    private static CustomerRelationship link(Customer from, Customer to, RelationshipType type) {
        return bed.relationships.link(admin, new NewRelationship(from.id(), to.id(), type, null));
    }

    @Test
    void a_family_link_made_from_one_side_is_listed_for_both() {
        Customer anna = customer("Anna", "Sister");
        Customer bella = customer("Bella", "Sister");
        Map<String, Long> before = bed.rowCounts();

        CustomerRelationship made = bed.relationships.link(admin,
                new NewRelationship(anna.id(), bella.id(), RelationshipType.FAMILY, "sister"));

        assertThat(bed.changesSince(before)).isEqualTo(Map.of("customer_relationships", 1L, "audit_logs", 1L));
        assertThat(made.outgoing()).isTrue();
        assertThat(made.other().id()).isEqualTo(bella.id());
        assertThat(made.other().displayName()).isEqualTo("Bella Sister");
        assertThat(bed.relationships.list(admin, anna.id())).singleElement().satisfies(r -> {
            assertThat(r.other().id()).isEqualTo(bella.id());
            assertThat(r.outgoing()).isTrue();
            assertThat(r.description()).isEqualTo("sister");
        });
        assertThat(bed.relationships.list(admin, bella.id())).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(made.id());
            assertThat(r.customerId()).isEqualTo(bella.id());
            assertThat(r.other().id()).isEqualTo(anna.id());
            assertThat(r.outgoing()).isFalse();
        });
    }

    @Test
    void the_same_link_is_refused_from_either_side_but_another_type_is_allowed() {
        Customer a = customer("Dup", "A");
        Customer b = customer("Dup", "B");
        link(a, b, RelationshipType.BUSINESS_PARTNER);
        Map<String, Long> before = bed.rowCounts();

        ConflictException same = catchThrowableOfType(ConflictException.class,
                () -> link(a, b, RelationshipType.BUSINESS_PARTNER));
        ConflictException reverse = catchThrowableOfType(ConflictException.class,
                () -> link(b, a, RelationshipType.BUSINESS_PARTNER));

        assertThat(same.code()).isEqualTo(ErrorCode.DUPLICATE);
        assertThat(reverse).hasMessageContaining("already linked as business_partner");
        bed.assertNothingWritten(before);
        assertThat(link(b, a, RelationshipType.FRIEND).type()).isEqualTo(RelationshipType.FRIEND);
        assertThat(bed.relationships.list(admin, a.id())).hasSize(2);
    }

    @Test
    void concurrent_links_of_one_pair_from_both_sides_store_exactly_one() throws Exception {
        Customer a = customer("Race", "A");
        Customer b = customer("Race", "B");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (Customer[] pair : new Customer[][] {{a, b}, {b, a}}) {
                results.add(pool.submit(() -> {
                    go.await();
                    return link(pair[0], pair[1], RelationshipType.FAMILY);
                }));
            }
            go.countDown();
            int won = 0;
            int refused = 0;
            for (Future<?> result : results) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                    refused++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(bed.count("SELECT count(*) FROM customer_relationships WHERE relationship_type = 'family'"
                + " AND ? IN (customer_id, related_customer_id)", a.id())).isEqualTo(1);
    }

    @Test
    void a_customer_cannot_be_linked_to_themselves_and_bad_input_is_named() {
        Customer self = customer("Self", "Linked");
        Map<String, Long> before = bed.rowCounts();

        assertThatThrownBy(() -> link(self, self, RelationshipType.FRIEND)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("relatedCustomerId");
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> bed.relationships.link(admin,
                new NewRelationship(null, null, null, "x".repeat(256))));
        assertThat(e.fieldErrors()).extracting(f -> f.field())
                .containsExactlyInAnyOrder("customerId", "relatedCustomerId", "type", "description");
        bed.assertNothingWritten(before);
    }

    @Test
    void linking_an_unknown_or_erased_customer_is_refused() {
        Customer known = customer("Known", "One");
        Customer erased = customer("Erased", "One");
        bed.profiles.erase(admin, erased.id(), "request");
        Map<String, Long> before = bed.rowCounts();

        assertThatThrownBy(() -> bed.relationships.link(admin, new NewRelationship(known.id(), UUID.randomUUID(),
                RelationshipType.FRIEND, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> link(known, erased, RelationshipType.FRIEND)).isInstanceOf(BusinessRuleException.class);
        bed.assertNothingWritten(before);
        assertThatThrownBy(() -> bed.relationships.list(admin, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void unlinking_removes_the_link_from_both_sides_and_checks_the_version() {
        Customer a = customer("Unlink", "A");
        Customer b = customer("Unlink", "B");
        CustomerRelationship made = link(a, b, RelationshipType.FRIEND);
        Map<String, Long> before = bed.rowCounts();

        assertThatThrownBy(() -> bed.relationships.unlink(admin, made.id(), made.version() + 1))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bed.relationships.unlink(admin, UUID.randomUUID(), 0))
                .isInstanceOf(NotFoundException.class);
        bed.assertNothingWritten(before);

        bed.relationships.unlink(admin, made.id(), made.version());

        assertThat(bed.relationships.list(admin, a.id())).isEmpty();
        assertThat(bed.relationships.list(admin, b.id())).isEmpty();
        assertThat(bed.latestAuditActions(1)).containsExactly("delete:customer_relationship:success");
    }

    @Test
    void the_referral_tree_shows_who_referred_whom_and_who_referred_the_root() {
        Customer root = customer("Root", "Referrer");
        Customer b = customer("Tree", "B");
        Customer c = customer("Tree", "C");
        Customer d = customer("Tree", "D");
        Customer e = customer("Tree", "E");
        Customer top = customer("Top", "Referrer");
        link(top, root, RelationshipType.REFERRAL);
        link(root, b, RelationshipType.REFERRAL);
        link(root, c, RelationshipType.REFERRAL);
        link(b, d, RelationshipType.REFERRAL);
        link(d, e, RelationshipType.REFERRAL);
        link(root, d, RelationshipType.FRIEND);

        ReferralTree tree = bed.relationships.referralTree(admin, root.id());

        assertThat(tree.referredBy().id()).isEqualTo(top.id());
        assertThat(tree.truncated()).isFalse();
        assertThat(tree.root().customer().id()).isEqualTo(root.id());
        assertThat(tree.root().referred()).extracting(n -> n.customer().id()).containsExactly(b.id(), c.id());
        ReferralNode nodeB = tree.root().referred().get(0);
        assertThat(nodeB.referred()).singleElement().satisfies(n -> {
            assertThat(n.customer().id()).isEqualTo(d.id());
            assertThat(n.referred()).extracting(m -> m.customer().id()).containsExactly(e.id());
        });
        assertThat(tree.root().size()).isEqualTo(5);
        assertThat(bed.relationships.list(admin, b.id())).extracting(CustomerRelationship::outgoing)
                .containsExactlyInAnyOrder(true, false);
    }

    @Test
    void a_referral_that_would_close_a_cycle_or_give_a_second_referrer_is_refused() {
        Customer a = customer("Cycle", "A");
        Customer b = customer("Cycle", "B");
        Customer c = customer("Cycle", "C");
        link(a, b, RelationshipType.REFERRAL);
        link(b, c, RelationshipType.REFERRAL);
        Map<String, Long> before = bed.rowCounts();

        assertThatThrownBy(() -> link(c, a, RelationshipType.REFERRAL)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> link(b, a, RelationshipType.REFERRAL)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> link(a, c, RelationshipType.REFERRAL)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already referred by");
        bed.assertNothingWritten(before);
    }

    @Test
    void a_referral_chain_deeper_than_the_cap_is_shown_to_the_cap_and_marked_truncated() {
        List<Customer> chain = new ArrayList<>();
        for (int i = 0; i <= CustomerRelationships.MAX_REFERRAL_DEPTH + 2; i++) {
            chain.add(customer("Chain", "Link " + i));
        }
        for (int i = 0; i + 1 < chain.size(); i++) {
            link(chain.get(i), chain.get(i + 1), RelationshipType.REFERRAL);
        }

        ReferralTree tree = bed.relationships.referralTree(admin, chain.get(0).id());

        assertThat(tree.truncated()).isTrue();
        assertThat(tree.maxDepth()).isEqualTo(CustomerRelationships.MAX_REFERRAL_DEPTH);
        assertThat(tree.root().size()).isEqualTo(CustomerRelationships.MAX_REFERRAL_DEPTH + 1);
        assertThat(bed.relationships.referralTree(admin, chain.get(3).id()).truncated()).isFalse();
    }

    @Test
    void deleting_a_customer_row_follows_the_spec_cascade_from_it_and_set_null_towards_it() {
        Customer doomed = customer("Doomed", "Row");
        Customer from = customer("Links", "To");
        Customer to = customer("Links", "From");
        link(doomed, to, RelationshipType.FRIEND);
        CustomerRelationship towards = link(from, doomed, RelationshipType.FAMILY);

        bed.exec("DELETE FROM customers WHERE id = ?", doomed.id());

        assertThat(bed.relationships.list(admin, to.id())).isEmpty();
        assertThat(bed.relationships.list(admin, from.id())).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(towards.id());
            assertThat(r.other()).isNull();
            assertThat(r.outgoing()).isTrue();
        });
    }
}
