package dev.goldshop.persistence.pricing;

import dev.goldshop.persistence.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.rates.MetalRate;
import dev.goldshop.core.rates.NewMetalRate;
import dev.goldshop.core.rates.PostedRate;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.persistence.internal.rates.RateBook;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The metal rates facade: posting, current and derived rates, rates at a moment, history, the board, caching. */
@ExtendWith(PostgresExtension.class)
class MetalRatesTest {
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final Purity FINE = Purity.ofFineness("999.9");
    private static final Purity K18 = Purity.ofKarat(18);
    private static final Purity K22 = Purity.ofKarat(22);

    private TestDatabase db;
    private MutableClock clock;
    private PricingBed bed;
    private CallContext dealer;
    private CallContext cashier;
    private CallContext nobody;

    @BeforeEach
    void start(TestDatabase template) {
        db = template.createMigratedDatabase();
        clock = new MutableClock(START);
        bed = new PricingBed(db, clock);
        dealer = bed.user(Permissions.RATE_POST, Permissions.RATE_READ);
        cashier = bed.user(Permissions.RATE_READ);
        nobody = bed.user();
        bed.awaitListeners(1);
    }

    @AfterEach
    void stop() {
        bed.close();
        db.drop();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static NewMetalRate gold(Purity purity, String buy, String sell) {
        return NewMetalRate.of(MetalType.GOLD, purity, d(buy), d(sell));
    }

    private long rateRows() {
        return bed.queryLong("SELECT count(*) FROM metal_rates");
    }

    @Test
    void a_posted_rate_is_stored_audited_and_current() {
        Map<String, Long> counts = bed.rowCounts();

        PostedRate posted = bed.rates.post(dealer, gold(K22, "5800.50", "6000.1234").withNotes("  morning board  "));

        assertThat(posted.effectiveFrom()).isEqualTo(START);
        assertThat(posted.source()).isEqualTo("manual");
        assertThat(posted.notes()).isEqualTo("morning board");
        assertThat(posted.postedBy()).isEqualTo(dealer.actor().userId());
        assertThat(bed.changedSince(counts)).containsOnly(Map.entry("metal_rates", 1L), Map.entry("audit_logs", 1L),
                Map.entry("outbox_events", 1L));
        assertThat(bed.queryLong("SELECT count(*) FROM outbox_events WHERE event_type = 'metal_rate.posted'"
                + " AND aggregate_id = '" + posted.id() + "' AND payload->>'sell_rate' = '6000.1234'"
                + " AND payload->>'purity' = '916'")).isEqualTo(1);
        assertThat(bed.auditRows("action_type = 'create' AND resource_type = 'metal_rate' AND resource_id = '"
                + posted.id() + "' AND new_data->>'metal_type' = 'gold' AND new_data->>'purity' = '916'"
                + " AND new_data->>'sell_rate' = '6000.1234'")).isEqualTo(1);
        assertThat(bed.queryString("SELECT sell_rate::text || ' ' || source FROM metal_rates")).isEqualTo("6000.1234 manual");

        MetalRate current = bed.rates.current(cashier, MetalType.GOLD, K22).orElseThrow();
        assertThat(current.derived()).isFalse();
        assertThat(current.sellRate()).isEqualByComparingTo("6000.1234");
        assertThat(current.buyRate()).isEqualByComparingTo("5800.50");
        assertThat(current.basis()).isEqualTo(posted);
    }

    @Test
    void bad_input_names_every_field_and_writes_nothing() {
        Map<String, Long> counts = bed.rowCounts();

        ValidationException e = catchThrowableOfType(() -> bed.rates.post(dealer,
                new NewMetalRate(MetalType.SILVER, Purity.ofFineness(375), d("0"), d("1.23456"),
                        START.plus(Duration.ofHours(25)), " ", "note")), ValidationException.class);

        assertThat(e.fieldErrors()).extracting(FieldError::field)
                .containsExactly("purity", "buyRate", "sellRate", "effectiveFrom", "source");
        assertThat(e.fieldErrors().get(0).message()).isEqualTo("must be from 500 to 999.99 per mille for silver");
        assertThat(e.fieldErrors().get(2).message()).isEqualTo("must have at most 4 decimals");
        assertThat(e.fieldErrors().get(3).message()).contains("at most one day ahead");

        assertThatThrownBy(() -> bed.rates.post(dealer, gold(K22, "6000.01", "6000.00")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("buyRate '6000.01' must not be above the sell rate 6000.00");
        assertThatThrownBy(() -> bed.rates.post(dealer, new NewMetalRate(null, null, null, null, null, null, null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(t -> assertThat(((ValidationException) t).fieldErrors()).extracting(FieldError::field)
                        .containsExactly("metal", "purity", "buyRate", "sellRate"));
        assertThat(bed.changedSince(counts)).isEmpty();
    }

    @Test
    void a_rate_may_be_posted_a_day_ahead_but_not_more() {
        bed.rates.post(dealer, gold(K22, "1", "2").withEffectiveFrom(START.plus(Duration.ofDays(1))));
        assertThatThrownBy(() -> bed.rates.post(dealer,
                gold(K22, "1", "2").withEffectiveFrom(START.plus(Duration.ofDays(1)).plusNanos(1000))))
                .isInstanceOf(ValidationException.class);
        assertThat(rateRows()).isEqualTo(1);
    }

    @Test
    void posting_without_rate_post_is_refused_and_only_the_refusal_is_audited() {
        Map<String, Long> counts = bed.rowCounts();

        assertThatThrownBy(() -> bed.rates.post(cashier, gold(K22, "1", "2")))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("rate:post");

        assertThat(bed.changedSince(counts)).containsExactly(Map.entry("audit_logs", 1L));
        assertThat(bed.refusals(Permissions.RATE_POST)).isEqualTo(1);
    }

    @Test
    void reading_without_rate_read_is_refused_by_every_read() {
        Map<String, Long> counts = bed.rowCounts();

        assertThatThrownBy(() -> bed.rates.current(nobody, MetalType.GOLD, K22))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> bed.rates.at(nobody, MetalType.GOLD, K22, START))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> bed.rates.history(nobody, MetalType.GOLD, K22, START, START.plusSeconds(1),
                PageRequest.first())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> bed.rates.currentBoard(nobody)).isInstanceOf(PermissionDeniedException.class);

        assertThat(bed.changedSince(counts)).containsExactly(Map.entry("audit_logs", 4L));
        assertThat(bed.refusals(Permissions.RATE_READ)).isEqualTo(4);
    }

    @Test
    void a_second_rate_for_the_same_metal_purity_and_instant_is_a_conflict() {
        bed.rates.post(dealer, gold(K22, "1", "2"));

        assertThatThrownBy(() -> bed.rates.post(dealer, gold(K22, "3", "4"))).isInstanceOf(ConflictException.class);
        assertThat(rateRows()).isEqualTo(1);
        assertThat(bed.rates.current(cashier, MetalType.GOLD, K22).orElseThrow().sellRate()).isEqualByComparingTo("2");
    }

    @Test
    void an_unposted_purity_is_derived_from_the_fine_rate_until_it_is_posted() {
        PostedRate fine = bed.rates.post(dealer, gold(FINE, "98.0000", "100.0000"));

        MetalRate derived = bed.rates.current(cashier, MetalType.GOLD, K18).orElseThrow();
        assertThat(derived.derived()).isTrue();
        assertThat(derived.sellRate()).isEqualTo(d("75.0000"));
        assertThat(derived.buyRate()).isEqualTo(d("73.5000"));
        assertThat(derived.basis()).isEqualTo(fine);
        assertThat(derived.purity()).isEqualTo(K18);
        // Derived rates are not rounded to four decimals: 100 x 0.9165 = 91.65, 100 x 0.58333 no;
        // 98 x 0.91675 = 89.8415.
        assertThat(bed.rates.current(cashier, MetalType.GOLD, Purity.ofFineness("916.75")).orElseThrow().buyRate())
                .isEqualTo(d("89.8415"));

        clock.advance(Duration.ofMinutes(1));
        PostedRate posted = bed.rates.post(dealer, gold(K18, "70.0000", "76.5000"));

        MetalRate own = bed.rates.current(cashier, MetalType.GOLD, K18).orElseThrow();
        assertThat(own.derived()).isFalse();
        assertThat(own.sellRate()).isEqualTo(d("76.5000"));
        assertThat(own.basis()).isEqualTo(posted);
    }

    @Test
    void the_highest_fineness_posted_is_the_fine_rate() {
        bed.rates.post(dealer, gold(Purity.ofFineness(999), "90", "99.0000"));
        bed.rates.post(dealer, gold(FINE, "90", "100.0000"));
        bed.rates.post(dealer, gold(Purity.ofFineness(995), "90", "200.0000"));

        MetalRate derived = bed.rates.current(cashier, MetalType.GOLD, K22).orElseThrow();
        assertThat(derived.basis().purity()).isEqualTo(FINE);
        assertThat(derived.sellRate()).isEqualTo(d("91.6000"));
    }

    @Test
    void there_is_no_rate_without_the_purity_or_a_fine_rate_and_the_purity_must_suit_the_metal() {
        bed.rates.post(dealer, gold(K22, "1", "2"));

        assertThat(bed.rates.current(cashier, MetalType.GOLD, K18)).isEmpty();
        assertThat(bed.rates.current(cashier, MetalType.PLATINUM, Purity.ofFineness(950))).isEmpty();
        assertThatThrownBy(() -> bed.rates.current(cashier, MetalType.SILVER, Purity.ofFineness(375)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("purity '375'");
        assertThatThrownBy(() -> bed.rates.at(cashier, MetalType.GOLD, K22, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("when");
    }

    @Test
    void a_rate_posted_for_later_takes_effect_when_its_time_comes() {
        bed.rates.post(dealer, gold(K22, "5000", "5100"));
        bed.rates.post(dealer, gold(K22, "5200", "5300").withEffectiveFrom(START.plus(Duration.ofHours(2))));

        assertThat(bed.rates.current(cashier, MetalType.GOLD, K22).orElseThrow().sellRate()).isEqualByComparingTo("5100");

        clock.advance(Duration.ofHours(2));
        assertThat(bed.rates.current(cashier, MetalType.GOLD, K22).orElseThrow().sellRate()).isEqualByComparingTo("5300");
    }

    @Test
    void a_clock_set_back_reads_the_rate_in_effect_then_and_not_the_cached_one() {
        bed.rates.post(dealer, gold(K22, "1", "10").withEffectiveFrom(START.minus(Duration.ofHours(1))));
        bed.rates.post(dealer, gold(K22, "1", "20"));
        assertThat(bed.rates.current(cashier, MetalType.GOLD, K22).orElseThrow().sellRate()).isEqualByComparingTo("20");

        clock.advance(Duration.ofMinutes(-30));

        assertThat(bed.rates.current(cashier, MetalType.GOLD, K22).orElseThrow().sellRate()).isEqualByComparingTo("10");
    }

    @Test
    void at_picks_the_rate_in_effect_at_that_instant() {
        Instant t1 = START.minus(Duration.ofHours(3));
        Instant t2 = START.minus(Duration.ofHours(2));
        Instant t3 = START.minus(Duration.ofHours(1));
        bed.rates.post(dealer, gold(K22, "1", "10").withEffectiveFrom(t1));
        bed.rates.post(dealer, gold(K22, "1", "20").withEffectiveFrom(t2));
        bed.rates.post(dealer, gold(K22, "1", "30").withEffectiveFrom(t3));
        bed.rates.post(dealer, gold(FINE, "1", "100").withEffectiveFrom(t2));

        assertThat(bed.rates.at(cashier, MetalType.GOLD, K22, t1.minusNanos(1000))).isEmpty();
        assertThat(bed.rates.at(cashier, MetalType.GOLD, K22, t1).orElseThrow().sellRate()).isEqualByComparingTo("10");
        assertThat(bed.rates.at(cashier, MetalType.GOLD, K22, t3.minusNanos(1000)).orElseThrow().sellRate())
                .isEqualByComparingTo("20");
        assertThat(bed.rates.at(cashier, MetalType.GOLD, K22, START).orElseThrow().sellRate()).isEqualByComparingTo("30");
        assertThat(bed.rates.at(cashier, MetalType.GOLD, K18, t1)).isEmpty();
        MetalRate derived = bed.rates.at(cashier, MetalType.GOLD, K18, t2).orElseThrow();
        assertThat(derived.derived()).isTrue();
        assertThat(derived.sellRate()).isEqualTo(d("75.0000"));
        assertThat(derived.effectiveFrom()).isEqualTo(t2);
    }

    @Test
    void history_pages_newest_first_within_the_range() {
        List<PostedRate> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posted.add(bed.rates.post(dealer, gold(K22, "1", String.valueOf(10 + i))
                    .withEffectiveFrom(START.minus(Duration.ofHours(5 - i)))));
        }
        bed.rates.post(dealer, gold(K18, "1", "2"));
        Instant from = START.minus(Duration.ofHours(4));

        Page<PostedRate> first = bed.rates.history(cashier, MetalType.GOLD, K22, from, START, PageRequest.first(2));
        Page<PostedRate> second = bed.rates.history(cashier, MetalType.GOLD, K22, from, START,
                PageRequest.after(first.nextCursor().orElseThrow(), 2));

        assertThat(first.items()).containsExactly(posted.get(4), posted.get(3));
        assertThat(second.items()).containsExactly(posted.get(2), posted.get(1));
        assertThat(second.hasNext()).isFalse();
        assertThat(bed.rates.history(cashier, MetalType.GOLD, K22, from, START.plusSeconds(1), PageRequest.first(10))
                .items()).hasSize(4);

        assertThatThrownBy(() -> bed.rates.history(cashier, MetalType.GOLD, K22, from, START,
                PageRequest.after("not-a-cursor", 2))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("cursor 'not-a-cursor' is not a cursor returned by a previous page");
        assertThatThrownBy(() -> bed.rates.history(cashier, MetalType.GOLD, K22, START, from, PageRequest.first()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("must be after from");
    }

    @Test
    void the_board_shows_posted_rates_and_rates_derived_for_the_common_purities() {
        bed.rates.post(dealer, gold(FINE, "98", "100"));
        bed.rates.post(dealer, gold(Purity.ofFineness(916), "90", "93"));
        bed.rates.post(dealer, NewMetalRate.of(MetalType.SILVER, Purity.ofFineness(925), d("0.80"), d("0.90")));

        List<MetalRate> board = bed.rates.currentBoard(cashier);

        assertThat(board).extracting(r -> r.metal().code() + " " + r.purity().fineness().toPlainString() + " "
                + r.sellRate().toPlainString() + (r.derived() ? " derived" : "")).containsExactly(
                "gold 999.9 100.0000", "gold 999 99.9000 derived", "gold 916 93.0000", "gold 875 87.5000 derived",
                "gold 750 75.0000 derived", "gold 585 58.5000 derived", "gold 417 41.7000 derived",
                "gold 375 37.5000 derived", "gold 333 33.3000 derived", "silver 925 0.9000");
    }

    @Test
    void concurrent_posts_from_threads_all_land() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<PostedRate>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Instant effective = START.minus(Duration.ofMinutes(i));
                String sell = String.valueOf(6000 + i);
                results.add(pool.submit(() -> {
                    go.await();
                    return bed.rates.post(dealer, gold(K22, "5000", sell).withEffectiveFrom(effective));
                }));
            }
            go.countDown();
            for (Future<PostedRate> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(rateRows()).isEqualTo(threads);
        assertThat(bed.auditRows("resource_type = 'metal_rate' AND action_type = 'create'")).isEqualTo(threads);
        assertThat(bed.rates.current(cashier, MetalType.GOLD, K22).orElseThrow().sellRate()).isEqualByComparingTo("6000");
        assertThat(bed.rates.history(cashier, MetalType.GOLD, K22, START.minus(Duration.ofHours(1)), START.plusSeconds(1),
                PageRequest.first(100)).items()).hasSize(threads);
    }

    @Test
    void current_rates_are_cached_until_a_post_commits() throws InterruptedException {
        // The post's change notification reaches this engine asynchronously and drops the cache
        // once more; wait for it, so that it cannot land between the two reads below.
        java.util.concurrent.CountDownLatch notified = new java.util.concurrent.CountDownLatch(1);
        bed.engine.onChange(payload -> {
            if ("rates".equals(payload)) {
                notified.countDown();
            }
        });
        bed.rates.post(dealer, gold(K22, "1", "2"));
        assertThat(notified.await(30, TimeUnit.SECONDS)).as("the post's change notification").isTrue();
        assertThat(bed.rates.current(cashier, MetalType.GOLD, K22).orElseThrow().sellRate()).isEqualByComparingTo("2");
        bed.execute("INSERT INTO metal_rates (metal_type, purity, buy_rate, sell_rate, effective_from)"
                + " VALUES ('gold', 916, 1, 99, '" + START.minusSeconds(1) + "')");
        bed.execute("UPDATE metal_rates SET sell_rate = 3 WHERE sell_rate = 2");

        assertThat(bed.rates.current(cashier, MetalType.GOLD, K22).orElseThrow().sellRate()).isEqualByComparingTo("2");

        clock.advance(Duration.ofSeconds(1));
        bed.rates.post(dealer, gold(K18, "1", "2"));
        assertThat(bed.rates.current(cashier, MetalType.GOLD, K22).orElseThrow().sellRate()).isEqualByComparingTo("3");
    }

    @Test
    void a_grouped_transaction_sees_its_own_post_and_a_rollback_leaves_no_trace_in_the_cache() {
        bed.rates.post(dealer, gold(K22, "1", "2"));
        bed.rates.current(cashier, MetalType.GOLD, K22);
        clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> bed.shop.useTransaction(() -> {
            bed.rates.post(dealer, gold(K22, "1", "5"));
            assertThat(bed.rates.current(cashier, MetalType.GOLD, K22).orElseThrow().sellRate()).isEqualByComparingTo("5");
            assertThat(bed.engine.service(RateBook.class).current(MetalType.GOLD, K22).map(MetalRate::sellRate))
                    .contains(d("5.0000"));
            throw new IllegalStateException("the host changed its mind");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(bed.rates.current(cashier, MetalType.GOLD, K22).orElseThrow().sellRate()).isEqualByComparingTo("2");
        assertThat(rateRows()).isEqualTo(1);
    }

    @Test
    void another_engine_sees_a_post_within_seconds() throws Exception {
        try (PricingBed other = new PricingBed(db, clock)) {
            other.awaitListeners(2);
            bed.rates.post(dealer, gold(K22, "1", "2"));
            assertThat(other.rates.current(cashier, MetalType.GOLD, K22).orElseThrow().sellRate())
                    .isEqualByComparingTo("2");
            clock.advance(Duration.ofSeconds(1));

            bed.rates.post(dealer, gold(K22, "1", "3"));

            long deadline = System.nanoTime() + 5_000_000_000L;
            Optional<MetalRate> seen = other.rates.current(cashier, MetalType.GOLD, K22);
            while (seen.orElseThrow().sellRate().compareTo(d("3")) != 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
                seen = other.rates.current(cashier, MetalType.GOLD, K22);
            }
            assertThat(seen.orElseThrow().sellRate()).isEqualByComparingTo("3");
        }
    }
}
