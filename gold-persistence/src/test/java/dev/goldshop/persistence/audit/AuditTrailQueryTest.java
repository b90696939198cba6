package dev.goldshop.persistence.audit;

import dev.goldshop.persistence.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.audit.AuditEntry;
import dev.goldshop.core.audit.AuditOutcome;
import dev.goldshop.core.audit.AuditQuery;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.audit.AuditTestBed.StoredRow;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.AuditWriter;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading the trail: every filter and their combinations, keyset paging, history, refusals, bad input. */
@ExtendWith(PostgresExtension.class)
class AuditTrailQueryTest {
    private static final Instant START = Instant.parse("2026-05-04T08:00:00Z");
    private static final List<String> TYPES = List.of("invoice", "customer", "role");
    private static final List<String> ACTIONS = List.of("create", "update", "delete", "login");

    private final MutableClock clock = new MutableClock(START);
    private AuditTestBed bed;
    private CallContext auditor;

    @BeforeEach
    void open(TestDatabase db) {
        bed = AuditTestBed.open(db, clock);
        auditor = bed.user("auditor", Permissions.AUDIT_READ);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    /** 120 rows by two users and the system, over three resource types, four actions and three outcomes. */
    private Map<String, UUID> writeMixedTrail() {
        CallContext alice = bed.user("alice");
        CallContext bob = bed.user("bob");
        CallContext job = CallContext.system("nightly");
        List<CallContext> actors = List.of(alice, bob, job);
        List<UUID> resources = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            resources.add(UUID.randomUUID());
        }
        Random random = new Random(42);
        for (int i = 0; i < 120; i++) {
            // Steps of 0 to 2 seconds: rows of the same microsecond are ordered by id.
            clock.advance(Duration.ofSeconds(random.nextInt(3)));
            AuditEvent event = new AuditEvent(ACTIONS.get(i % 4), TYPES.get(i % 3), resources.get(i % 6), null,
                    Map.of("n", i), Map.of());
            CallContext actor = actors.get((i / 2) % 3);
            if (i % 7 == 0) {
                bed.recordOutcome(actor, event, AuditWriter.FAILURE);
            } else if (i % 11 == 0) {
                bed.recordOutcome(actor, event, AuditWriter.DENIED);
            } else {
                bed.record(actor, event);
            }
        }
        clock.advance(Duration.ofSeconds(1));
        Map<String, UUID> ids = new LinkedHashMap<>();
        ids.put("alice", alice.actor().userId());
        ids.put("bob", bob.actor().userId());
        ids.put("resource", resources.get(1));
        return ids;
    }

    /** Every page of a query, the clock moving on between pages so each page's own read row is newest. */
    private List<AuditEntry> readAll(AuditQuery query, int pageSize) {
        List<AuditEntry> all = new ArrayList<>();
        String cursor = null;
        do {
            clock.advance(Duration.ofMillis(1));
            Page<AuditEntry> page = bed.trail.query(auditor, query, new PageRequest(cursor, pageSize));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(pageSize);
            all.addAll(page.items());
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);
        return all;
    }

    private List<UUID> assertQueryMatches(String name, AuditQuery query, Predicate<StoredRow> filter) {
        List<UUID> expected = bed.snapshot().stream().filter(filter).sorted(StoredRow.NEWEST_FIRST)
                .map(StoredRow::id).toList();
        List<UUID> actual = readAll(query, 7).stream().map(AuditEntry::id).toList();
        assertThat(actual).as(name).containsExactlyElementsOf(expected);
        return actual;
    }

    @Test
    void each_filter_and_their_combinations_return_exactly_the_matching_rows_newest_first() {
        Map<String, UUID> ids = writeMixedTrail();
        UUID alice = ids.get("alice");
        UUID resource = ids.get("resource");
        Instant from = START.plusSeconds(40);
        Instant to = START.plusSeconds(90);

        assertQueryMatches("no filter", AuditQuery.all(), r -> true);
        assertQueryMatches("user", AuditQuery.builder().userId(alice).build(), r -> alice.equals(r.userId()));
        assertQueryMatches("resource type", AuditQuery.builder().resourceType("customer").build(),
                r -> r.resourceType().equals("customer"));
        assertQueryMatches("resource id", AuditQuery.builder().resourceId(resource).build(),
                r -> resource.equals(r.resourceId()));
        assertQueryMatches("action", AuditQuery.builder().actionType("update").build(),
                r -> r.actionType().equals("update"));
        for (AuditOutcome outcome : AuditOutcome.values()) {
            assertQueryMatches("outcome " + outcome, AuditQuery.builder().outcome(outcome).build(),
                    r -> r.outcome().equals(outcome.code()));
        }
        assertQueryMatches("from", AuditQuery.builder().from(from).build(), r -> !r.createdAt().isBefore(from));
        assertQueryMatches("to", AuditQuery.builder().to(to).build(), r -> r.createdAt().isBefore(to));
        assertQueryMatches("from and to", AuditQuery.builder().from(from).to(to).build(),
                r -> !r.createdAt().isBefore(from) && r.createdAt().isBefore(to));
        assertQueryMatches("user and action", AuditQuery.builder().userId(alice).actionType("create").build(),
                r -> alice.equals(r.userId()) && r.actionType().equals("create"));
        assertQueryMatches("type, id and outcome",
                AuditQuery.builder().resourceType("customer").resourceId(resource).outcome(AuditOutcome.SUCCESS)
                        .build(),
                r -> r.resourceType().equals("customer") && resource.equals(r.resourceId())
                        && r.outcome().equals("success"));
        assertQueryMatches("user in a time range", AuditQuery.builder().userId(alice).from(from).to(to).build(),
                r -> alice.equals(r.userId()) && !r.createdAt().isBefore(from) && r.createdAt().isBefore(to));
        assertQueryMatches("a resource id of the wrong type", AuditQuery.builder().resourceType("invoice")
                .resourceId(resource).build(), r -> false);

        StoredRow sample = bed.snapshot().stream().filter(r -> alice.equals(r.userId())
                && "failure".equals(r.outcome())).findFirst().orElseThrow();
        AuditQuery everything = AuditQuery.builder().userId(alice).resourceType(sample.resourceType())
                .resourceId(sample.resourceId()).actionType(sample.actionType()).outcome(AuditOutcome.FAILURE)
                .from(sample.createdAt()).to(sample.createdAt().plusNanos(1_000)).build();
        assertThat(assertQueryMatches("all seven filters", everything, r -> alice.equals(r.userId())
                && r.resourceType().equals(sample.resourceType()) && sample.resourceId().equals(r.resourceId())
                && r.actionType().equals(sample.actionType()) && r.outcome().equals("failure")
                && r.createdAt().equals(sample.createdAt()))).contains(sample.id());
    }

    @Test
    void an_entry_carries_every_column_a_reader_needs() {
        CallContext alice = bed.user("alice").withClient("2001:db8::7", "Firefox/140").withReason("price fix");
        UUID invoice = UUID.randomUUID();
        bed.record(alice, AuditEvent.updated("invoice", invoice, Map.of("total", "10.00"), Map.of("total", "12.00")));

        AuditEntry entry = bed.trail.query(auditor, AuditQuery.builder().resourceId(invoice).build(),
                PageRequest.first()).items().get(0);

        assertThat(entry.userId()).isEqualTo(alice.actor().userId());
        assertThat(entry.actorName()).isEqualTo("alice");
        assertThat(entry.actionType()).isEqualTo("update");
        assertThat(entry.resourceType()).isEqualTo("invoice");
        assertThat(entry.resourceId()).isEqualTo(invoice);
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(entry.oldData()).isEqualTo("{\"total\": \"10.00\"}");
        assertThat(entry.newData()).isEqualTo("{\"total\": \"12.00\"}");
        assertThat(entry.additionalContext()).isEqualTo("{\"reason\": \"price fix\"}");
        assertThat(entry.ipAddress()).isEqualTo("2001:db8::7");
        assertThat(entry.userAgent()).isEqualTo("Firefox/140");
        assertThat(entry.createdAt()).isEqualTo(START);
        assertThat(entry.chainId()).isBetween(0, 7);
        assertThat(entry.chainSeq()).isPositive();
        assertThat(entry.hash()).matches("[0-9a-f]{64}");
    }

    @Test
    void keyset_paging_returns_every_row_exactly_once_while_new_rows_are_being_added() throws Exception {
        CallContext clerk = bed.user("clerk");
        for (int i = 0; i < 150; i++) {
            clock.advance(Duration.ofMillis(3));
            bed.record(clerk, new AuditEvent("update", "customer", UUID.randomUUID(), null, null, Map.of()));
        }
        Set<UUID> before = new HashSet<>(bed.snapshot().stream().map(StoredRow::id).toList());

        Semaphore written = new Semaphore(0);
        AtomicBoolean paging = new AtomicBoolean(true);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<Integer> added = writer.submit(() -> {
            int n = 0;
            while (paging.get()) {
                clock.advance(Duration.ofMillis(1));
                bed.record(clerk, new AuditEvent("create", "customer", UUID.randomUUID(), null, null, Map.of()));
                n++;
                written.release();
            }
            return n;
        });
        List<UUID> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        try {
            do {
                pages++;
                // Let at least one new row land between any two pages.
                assertThat(written.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
                Page<AuditEntry> page = bed.trail.query(auditor, AuditQuery.all(), new PageRequest(cursor, 11));
                page.items().forEach(e -> seen.add(e.id()));
                cursor = page.nextCursor().orElse(null);
            } while (cursor != null);
        } finally {
            paging.set(false);
            writer.shutdown();
        }
        assertThat(added.get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(pages);
        assertThat(pages).isGreaterThanOrEqualTo(150 / 11);

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(before);
    }

    @Test
    void history_reads_one_resource_oldest_first_across_pages() {
        CallContext clerk = bed.user("clerk");
        UUID invoice = UUID.randomUUID();
        List<UUID> written = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            // Every third step keeps the clock still: ties on created_at are ordered by id.
            clock.advance(Duration.ofSeconds(i % 3 == 0 ? 0 : 5));
            bed.record(clerk, new AuditEvent(i == 0 ? "create" : "update", "invoice", invoice, null,
                    Map.of("step", i), Map.of()));
            bed.record(clerk, new AuditEvent("update", "invoice", UUID.randomUUID(), null, null, Map.of()));
            bed.record(clerk, new AuditEvent("update", "customer", invoice, null, null, Map.of()));
        }
        bed.snapshot().stream().filter(r -> invoice.equals(r.resourceId()) && r.resourceType().equals("invoice"))
                .sorted(StoredRow.NEWEST_FIRST.reversed()).forEach(r -> written.add(r.id()));

        List<AuditEntry> history = new ArrayList<>();
        String cursor = null;
        do {
            Page<AuditEntry> page = bed.trail.history(auditor, "invoice", invoice, new PageRequest(cursor, 4));
            history.addAll(page.items());
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);

        assertThat(written).hasSize(11);
        assertThat(history).extracting(AuditEntry::id).containsExactlyElementsOf(written);
        assertThat(history).extracting(AuditEntry::newData)
                .containsExactly(IntStream.range(0, 11).mapToObj(i -> "{\"step\": " + i + "}")
                        .toArray(String[]::new));
        assertThat(history.get(0).actionType()).isEqualTo("create");
        assertThat(bed.trail.history(auditor, "invoice", UUID.randomUUID(), PageRequest.first()).items()).isEmpty();
    }

    @Test
    void every_read_of_the_trail_leaves_a_read_row_of_its_own() {
        long before = bed.count("SELECT count(*) FROM audit_logs");
        bed.trail.query(auditor, AuditQuery.all(), PageRequest.first());
        bed.trail.history(auditor, "invoice", UUID.randomUUID(), PageRequest.first());

        assertThat(bed.count("SELECT count(*) FROM audit_logs")).isEqualTo(before + 2);
        assertThat(bed.count("SELECT count(*) FROM audit_logs WHERE action_type = 'read'"
                + " AND resource_type = 'audit_log' AND outcome = 'success' AND user_id = '"
                + auditor.actor().userId() + "'")).isEqualTo(2);
    }

    @Test
    void a_caller_without_the_permission_is_refused_and_leaves_exactly_one_denied_row() {
        CallContext nobody = bed.user("nobody");
        CallContext reader = bed.user("reader", Permissions.AUDIT_READ);

        assertRefusedWithOneDeniedRow(nobody, "audit:read",
                () -> bed.trail.query(nobody, AuditQuery.all(), PageRequest.first()));
        assertRefusedWithOneDeniedRow(nobody, "audit:read",
                () -> bed.trail.history(nobody, "invoice", UUID.randomUUID(), PageRequest.first()));
        assertRefusedWithOneDeniedRow(reader, "audit:verify", () -> bed.trail.verify(reader));
        assertRefusedWithOneDeniedRow(nobody, "audit:read", () -> bed.trail.query(nobody, null, null));
        assertRefusedWithOneDeniedRow(nobody, "audit:read",
                () -> bed.trail.history(nobody, "", null, PageRequest.after("not a cursor", 1)));
    }

    private void assertRefusedWithOneDeniedRow(CallContext who, String permission, Runnable call) {
        String refusals = "SELECT count(*) FROM audit_logs WHERE outcome = 'denied' AND action_type = 'access_denied'"
                + " AND additional_context ->> 'permission' = '" + permission + "' AND user_id = '"
                + who.actor().userId() + "'";
        long before = bed.count("SELECT count(*) FROM audit_logs");
        long refusedBefore = bed.count(refusals);
        assertThatThrownBy(call::run).isInstanceOf(PermissionDeniedException.class).hasMessageContaining(permission);
        assertThat(bed.count("SELECT count(*) FROM audit_logs")).isEqualTo(before + 1);
        assertThat(bed.count(refusals)).isEqualTo(refusedBefore + 1);
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_written() {
        bed.record(CallContext.system("seed"), new AuditEvent("create", "invoice", UUID.randomUUID(), null, null,
                Map.of()));
        String historyCursor = firstCursorOfHistory();
        String wrongLength = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {'N', 1, 2, 3});
        byte[] beforePostgresTime = new byte[25];
        beforePostgresTime[0] = 'N';
        beforePostgresTime[1] = (byte) 0x80;
        String tooEarly = Base64.getUrlEncoder().withoutPadding().encodeToString(beforePostgresTime);
        long before = bed.count("SELECT count(*) FROM audit_logs");

        assertField("cursor", () -> bed.trail.query(auditor, AuditQuery.all(), PageRequest.after("not a cursor!", 5)));
        assertField("cursor", () -> bed.trail.query(auditor, AuditQuery.all(), PageRequest.after(wrongLength, 5)));
        assertField("cursor", () -> bed.trail.query(auditor, AuditQuery.all(), PageRequest.after(tooEarly, 5)));
        assertField("cursor", () -> bed.trail.query(auditor, AuditQuery.all(), PageRequest.after(historyCursor, 5)));
        assertField("cursor", () -> bed.trail.history(auditor, "invoice", UUID.randomUUID(),
                PageRequest.after("line\r\nbreak", 5)));
        assertField("query", () -> bed.trail.query(auditor, null, PageRequest.first()));
        assertField("page", () -> bed.trail.query(auditor, AuditQuery.all(), null));
        assertField("resourceType", () -> bed.trail.history(auditor, " ", UUID.randomUUID(), PageRequest.first()));
        assertField("resourceType", () -> bed.trail.history(auditor, null, UUID.randomUUID(), PageRequest.first()));
        assertField("resourceId", () -> bed.trail.history(auditor, "invoice", null, PageRequest.first()));
        assertField("to", () -> AuditQuery.builder().from(START).to(START.minusNanos(1000)).build());
        assertField("resourceType", () -> AuditQuery.builder().resourceType("x".repeat(51)).build());
        assertField("actionType", () -> AuditQuery.builder().actionType("").build());
        assertField("actionType", () -> AuditQuery.builder().actionType("up\ndate").build());

        assertThat(bed.count("SELECT count(*) FROM audit_logs")).isEqualTo(before);
        assertThatThrownBy(() -> bed.trail.query(auditor, AuditQuery.all(), PageRequest.after("line\r\nbreak", 5)))
                .hasMessageContaining("line\\r\\nbreak").hasMessageNotContaining("\n");
        assertThat(AuditQuery.builder().from(START).to(START).build().to()).isEqualTo(START);
    }

    private String firstCursorOfHistory() {
        UUID role = UUID.randomUUID();
        bed.record(CallContext.system("seed"), AuditEvent.created("role", role, Map.of()));
        bed.record(CallContext.system("seed"), AuditEvent.updated("role", role, Map.of(), Map.of()));
        return bed.trail.history(auditor, "role", role, PageRequest.first(1)).nextCursor().orElseThrow();
    }

    private static void assertField(String field, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors())
                        .extracting(FieldError::field).containsExactly(field));
    }
}
