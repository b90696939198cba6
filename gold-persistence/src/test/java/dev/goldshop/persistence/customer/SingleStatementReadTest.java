package dev.goldshop.persistence.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerSearch;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.persistence.internal.tx.TransactionRunner;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hot lookups (customer search) run as one statement without a transaction, sparing the
 * COMMIT round trip, and still join a caller's transaction; such a read cannot publish.
 */
@ExtendWith(PostgresExtension.class)
class SingleStatementReadTest {
    private static CustomerBed bed;
    private static CallContext admin;
    private static TransactionRunner transactions;

    @BeforeAll
    static void start(TestDatabase db) {
        bed = CustomerBed.open(db);
        admin = bed.admin("admin");
        transactions = bed.engine.calls().transactions();
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @Test
    void a_single_statement_read_runs_without_a_transaction_and_joins_an_open_one() {
        boolean alone = transactions.inSingleStatementRead(tx -> autoCommit(tx.connection()));
        boolean grouped = bed.shop.inTransaction(() -> transactions.inSingleStatementRead(tx -> autoCommit(tx.connection())));
        assertThat(alone).isTrue();
        assertThat(grouped).as("inside a host's group of calls it joins the transaction").isFalse();
    }

    @Test
    void a_single_statement_read_cannot_publish_events() {
        assertThatThrownBy(() -> transactions.inSingleStatementRead(tx -> {
            tx.publish(new DomainEvent(UUID.randomUUID(), "x.happened", "x", null, Instant.now(), Map.of()));
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot publish");
    }

    @Test
    void customer_search_still_finds_and_still_checks_the_permission() {
        Customer c = bed.profiles.create(admin, bed.person("Autocommit", "Reader").build(), DuplicatePolicy.REJECT);
        assertThat(bed.profiles.search(admin, CustomerSearch.builder().phone(c.phone()).build(), PageRequest.first())
                .items()).extracting(s -> s.id()).containsExactly(c.id());
        CallContext nobody = bed.user("nobody");
        assertThatThrownBy(() -> bed.profiles.search(nobody, CustomerSearch.builder().phone(c.phone()).build(),
                PageRequest.first())).isInstanceOf(PermissionDeniedException.class);
    }

    private static boolean autoCommit(java.sql.Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
