package dev.goldshop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.GoldShopException;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.event.DomainEvent;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.engine.probe.ProbeFacade;
import dev.goldshop.engine.probe.ProbeMapper;
import dev.goldshop.engine.probe.ProbeModule;
import dev.goldshop.engine.probe.ProbeRow;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One call, one transaction; grouping, joining the host's transaction, retries, errors, events. */
@ExtendWith(PostgresExtension.class)
class TransactionsTest {
    private TestDatabase db;
    private ProbeModule module;
    private GoldShop shop;
    private ProbeFacade probe;

    @BeforeEach
    void start(TestDatabase database) throws Exception {
        db = database;
        module = new ProbeModule();
        shop = db.engineBuilder().module(module).build();
        probe = shop.facade(ProbeFacade.class);
        probe.createTable();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE probe_rows");
            s.execute("DELETE FROM outbox_events");
        }
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    private static ProbeRow row(String amount) {
        ProbeRow row = new ProbeRow();
        row.amount = Money.of(new BigDecimal(amount), GoldShop.Builder.DEFAULT_CURRENCY);
        return row;
    }

    @Test
    void every_mapped_type_round_trips_through_the_database() throws Exception {
        ProbeRow row = row("1234.50");
        row.doc = new ObjectMapper().readTree("{\"tags\":[\"vip\",\"gold\"],\"n\":1}");
        row.ip = InetAddress.getByName("2001:db8::1");
        row.weight = Weight.ofGrams("12.345");
        row.purity = Purity.ofKarat(22);
        row.metal = MetalType.PLATINUM;
        row.at = Instant.parse("2026-03-29T01:30:00.123456Z");

        ProbeRow back = probe.get(probe.insert(row));

        assertThat(back.doc).isEqualTo(row.doc);
        assertThat(back.ip).isEqualTo(row.ip);
        assertThat(back.amount).isEqualTo(row.amount);
        assertThat(back.weight).isEqualTo(row.weight);
        assertThat(back.purity).isEqualTo(Purity.ofFineness(916));
        assertThat(back.metal).isEqualTo(MetalType.PLATINUM);
        assertThat(back.at).isEqualTo(row.at);
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT metal, host(ip) FROM probe_rows")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("platinum");
            assertThat(rs.getString(2)).isEqualTo("2001:db8::1");
        }
    }

    @Test
    void grouped_calls_commit_together_or_not_at_all() {
        assertThatThrownBy(() -> shop.useTransaction(() -> {
            probe.insert(row("1.00"));
            probe.insert(row("2.00"));
            throw new IllegalStateException("the host changed its mind");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(probe.count()).isZero();

        shop.useTransaction(() -> {
            probe.insert(row("1.00"));
            probe.insert(row("2.00"));
        });
        assertThat(probe.count()).isEqualTo(2);
    }

    @Test
    void a_failed_call_leaves_nothing_behind() {
        assertThatThrownBy(() -> module.context.inTransaction(tx -> {
            tx.mapper(ProbeMapper.class).insert(withId(row("5.00")));
            return tx.mapper(ProbeMapper.class).insert(withId(row("-1.00")));
        })).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((GoldShopException) e).code()).isEqualTo(ErrorCode.CONSTRAINT_VIOLATED));
        assertThat(probe.count()).isZero();
    }

    @Test
    void the_engine_joins_the_hosts_transaction_and_never_commits_it() throws Exception {
        try (Connection host = db.connect()) {
            host.setAutoCommit(false);
            shop.inHostTransaction(host, () -> probe.insert(row("3.00")));
            assertThat(host.isClosed()).isFalse();
            assertThat(countFromOutside()).isZero();
            host.rollback();
            assertThat(probe.count()).isZero();

            shop.inHostTransaction(host, () -> probe.insert(row("4.00")));
            host.commit();
            assertThat(probe.count()).isEqualTo(1);
        }
    }

    @Test
    void two_engines_in_one_jvm_do_not_join_each_others_transactions() {
        ProbeModule otherModule = new ProbeModule();
        try (GoldShop other = db.engineBuilder().module(otherModule).build()) {
            ProbeFacade otherProbe = other.facade(ProbeFacade.class);
            assertThatThrownBy(() -> shop.useTransaction(() -> {
                otherProbe.insert(row("7.00"));
                probe.insert(row("8.00"));
                throw new IllegalStateException("roll back the first engine only");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(probe.count()).isEqualTo(1);
            assertThat(other.schemaInfo().tables()).contains("probe_rows");
        }
    }

    @Test
    void deadlocks_are_retried_until_both_transactions_succeed() throws Exception {
        UUID a = probe.insert(row("1.00"));
        UUID b = probe.insert(row("2.00"));
        CountDownLatch bothLocked = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> lockBoth(a, b, bothLocked, attempts));
            Future<?> second = pool.submit(() -> lockBoth(b, a, bothLocked, attempts));
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(attempts.get()).isGreaterThanOrEqualTo(3);
    }

    private Object lockBoth(UUID first, UUID second, CountDownLatch bothLocked, AtomicInteger attempts) {
        return module.context.inTransaction(tx -> {
            attempts.incrementAndGet();
            tx.mapper(ProbeMapper.class).lockRow(first);
            bothLocked.countDown();
            try {
                bothLocked.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return tx.mapper(ProbeMapper.class).lockRow(second);
        });
    }

    @Test
    void a_duplicate_key_is_a_conflict_that_names_the_key_but_not_the_value() {
        ProbeRow first = withId(row("1.00"));
        probe.insert(first);
        ProbeRow again = row("2.00");
        again.id = first.id;
        assertThatThrownBy(() -> probe.insert(again))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("probe rows")
                .hasMessageContaining("id")
                .hasMessageNotContaining(first.id.toString())
                .satisfies(e -> assertThat(((GoldShopException) e).code()).isEqualTo(ErrorCode.DUPLICATE));
    }

    @Test
    void a_statement_the_database_rejects_is_a_storage_error_not_an_sql_exception() {
        assertThatThrownBy(() -> module.context.inTransaction(tx -> {
            try (Statement s = tx.connection().createStatement()) {
                return s.execute("SELECT * FROM no_such_table");
            } catch (java.sql.SQLException e) {
                throw new RuntimeException(e);
            }
        })).isInstanceOf(StorageException.class).hasMessageContaining("42P01");
    }

    @Test
    void events_reach_the_outbox_and_listeners_only_after_commit() {
        List<DomainEvent> received = new CopyOnWriteArrayList<>();
        shop.addListener(received::add);
        DomainEvent kept = event("probe.kept");
        DomainEvent dropped = event("probe.dropped");

        module.context.inTransaction(tx -> {
            tx.publish(kept);
            assertThat(received).isEmpty();
            return null;
        });
        assertThatThrownBy(() -> module.context.inTransaction(tx -> {
            tx.publish(dropped);
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(received).containsExactly(kept);
        long pending = module.context.inTransaction(tx -> tx.mapper(
                dev.goldshop.persistence.internal.mapper.OutboxMapper.class).countPending());
        assertThat(pending).isEqualTo(1);
    }

    @Test
    void a_closed_engine_refuses_calls_and_closes_its_modules() {
        shop.close();
        assertThat(module.lifecycle).containsExactly("configure", "start", "close");
        assertThatThrownBy(() -> shop.schemaInfo()).isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((GoldShopException) e).code()).isEqualTo(ErrorCode.ENGINE_CLOSED));
    }

    @Test
    void validate_only_mode_accepts_a_migrated_database_and_refuses_an_empty_one() throws Exception {
        try (GoldShop validated = db.engineBuilder().schemaMode(SchemaMode.VALIDATE).build()) {
            assertThat(validated.schemaInfo().version()).isEqualTo(shop.schemaInfo().version());
        }
        TestDatabase empty = db.createEmptyDatabase();
        try {
            assertThatThrownBy(() -> empty.engineBuilder().schemaMode(SchemaMode.VALIDATE).build())
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((GoldShopException) e).code()).isEqualTo(ErrorCode.SCHEMA_MISMATCH));
            try (Connection c = empty.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("validate-only must not create anything").isZero();
            }
        } finally {
            empty.drop();
        }
    }

    private long countFromOutside() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM probe_rows")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private ProbeRow withId(ProbeRow row) {
        row.id = UUID.randomUUID();
        return row;
    }

    private DomainEvent event(String type) {
        return new DomainEvent(UUID.randomUUID(), type, "probe", UUID.randomUUID(),
                shop.clock().instant().truncatedTo(ChronoUnit.MICROS), Map.of("k", "v"));
    }
}
