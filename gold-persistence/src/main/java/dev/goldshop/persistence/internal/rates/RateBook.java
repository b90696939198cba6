package dev.goldshop.persistence.internal.rates;

import dev.goldshop.core.rates.MetalRate;
import dev.goldshop.core.rates.PostedRate;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.cache.CommittedCache;
import dev.goldshop.persistence.internal.mapper.MetalRateMapper;
import dev.goldshop.persistence.internal.tx.TransactionRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rates in effect, for the rates facade and for other facades (catalogue valuation, sales)
 * that need them without a permission check of their own. Get it with
 * {@code engine.service(RateBook.class)}; it is registered by {@link RatesWiring}.
 *
 * <p>The rule, now or at any moment: the latest rate posted for the purity with an effective
 * time at or before that moment; if there is none, the fine rate (of the purities of 999 or
 * more with a rate in effect then, the highest, and its latest rate) x purity / 1000.
 *
 * <p>Current rates are cached per metal as a snapshot of each purity's rate in effect when it
 * was read plus every rate that takes effect later, so that a rate posted for tomorrow morning
 * takes effect on time without anyone invalidating anything. A post drops the snapshots of
 * every engine after it commits.
 */
public final class RateBook {
    /** The notification payload that drops every engine's cached rates. */
    public static final String CHANGE = "rates";
    /** The lowest fineness a rate must have to serve as the fine rate others derive from. */
    static final Purity FINE = Purity.ofFineness(999);

    private final TransactionRunner transactions;
    private final Clock clock;
    private final CommittedCache<MetalType, Snapshot> cache;

    RateBook(TransactionRunner transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
        this.cache = new CommittedCache<>(transactions, CHANGE, MetalType.values().length, Duration.ofMinutes(10));
    }

    /** A metal's rates in effect at {@code readAt} and those pending after it. */
    private record Snapshot(Instant readAt, List<PostedRate> rates) {

        Optional<MetalRate> rateAt(Purity purity, Instant at) {
            Optional<PostedRate> posted = rates.stream()
                    .filter(r -> r.purity().equals(purity) && !r.effectiveFrom().isAfter(at))
                    .max(Comparator.comparing(PostedRate::effectiveFrom));
            if (posted.isPresent()) {
                return posted.map(MetalRate::posted);
            }
            return fineAt(at).map(fine -> MetalRate.derived(fine, purity));
        }

        Optional<PostedRate> fineAt(Instant at) {
            return rates.stream()
                    .filter(r -> r.purity().compareTo(FINE) >= 0 && !r.effectiveFrom().isAfter(at))
                    .max(Comparator.comparing(PostedRate::purity).thenComparing(PostedRate::effectiveFrom));
        }

        Set<Purity> purities() {
            Set<Purity> purities = new TreeSet<>(Comparator.reverseOrder());
            rates.forEach(r -> purities.add(r.purity()));
            return purities;
        }
    }

    /**
     * The rate in effect now on the engine's clock.
     *
     * @param metal the metal
     * @param purity the purity
     * @return the rate, or empty if neither the purity nor a fine rate was posted
     */
    public Optional<MetalRate> current(MetalType metal, Purity purity) {
        Instant now = now();
        Snapshot snapshot = snapshot(metal, now);
        if (snapshot == null) {
            return at(metal, purity, now);
        }
        return snapshot.rateAt(purity, now);
    }

    /**
     * The rate in effect at a moment, read from the database (history is not cached).
     *
     * @param metal the metal
     * @param purity the purity
     * @param when the moment
     * @return the rate, or empty if none was in effect
     */
    public Optional<MetalRate> at(MetalType metal, Purity purity, Instant when) {
        return transactions.inTransaction(tx -> {
            MetalRateMapper rates = tx.mapper(MetalRateMapper.class);
            PostedRate posted = rates.selectInEffect(metal, purity, when);
            if (posted != null) {
                return Optional.of(MetalRate.posted(posted));
            }
            return Optional.ofNullable(rates.selectFineInEffect(metal, when))
                    .map(fine -> MetalRate.derived(fine, purity));
        });
    }

    /**
     * Every rate in effect now: each posted purity's, and a derived one for each common purity
     * of a metal that was not posted, when the metal has a fine rate.
     *
     * @return by metal, then purity from the highest
     */
    public List<MetalRate> board() {
        Instant now = now();
        List<MetalRate> board = new ArrayList<>();
        for (MetalType metal : MetalType.values()) {
            Snapshot snapshot = snapshot(metal, now);
            if (snapshot == null) {
                snapshot = load(metal, now);
            }
            Set<Purity> purities = snapshot.purities();
            purities.addAll(metal.commonPurities());
            for (Purity purity : purities) {
                snapshot.rateAt(purity, now).ifPresent(board::add);
            }
        }
        return board;
    }

    /** Drops every cached snapshot (after a post commits, here or on another engine). */
    public void invalidate() {
        cache.invalidateAll();
    }

    /**
     * The cached snapshot of a metal, or null when it was read after {@code now} (a clock that
     * was set back, or a thread that read the clock just before another loaded the snapshot): a
     * snapshot only knows the rates in effect from its own read on.
     */
    private Snapshot snapshot(MetalType metal, Instant now) {
        Snapshot snapshot = cache.get(metal, tx -> read(tx, metal, now));
        return snapshot.readAt().isAfter(now) ? null : snapshot;
    }

    private Snapshot load(MetalType metal, Instant now) {
        return transactions.inTransaction(tx -> read(tx, metal, now));
    }

    private static Snapshot read(Tx tx, MetalType metal, Instant now) {
        return new Snapshot(now, List.copyOf(tx.mapper(MetalRateMapper.class).selectCurrentAndPending(metal, now)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
