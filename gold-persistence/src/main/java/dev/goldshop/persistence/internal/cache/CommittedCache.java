package dev.goldshop.persistence.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.tx.TransactionRunner;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A cache of committed reference data (settings, current rates) that never serves a value read
 * before the last invalidation, and never caches what a transaction has not committed.
 *
 * <ul>
 *   <li>Every value is stamped with the generation current when its load began. An
 *       invalidation bumps the generation, so a load that raced a commit and its invalidation
 *       is recognised as stale and dropped, however Caffeine orders the two.</li>
 *   <li>Inside an engine transaction that changed this cache's data (it called
 *       {@link TransactionRunner#markWritten} with the cache's topic), the cache is bypassed: the
 *       read joins the transaction, sees its own uncommitted writes, and is not kept. Any other
 *       transaction is served from the cache (a miss loads in it: what it reads is committed,
 *       since it wrote none of it), which spares every call a round trip per lookup.</li>
 * </ul>
 *
 * @param <K> the key type
 * @param <V> the value type; {@code null} values are allowed
 */
public final class CommittedCache<K, V> {
    /** Loads retried when invalidations keep racing them; after that, the read goes uncached. */
    private static final int ATTEMPTS = 3;

    private final TransactionRunner transactions;
    private final String topic;
    private final boolean servesInsideTransactions;
    private final AtomicLong generation = new AtomicLong();
    private final Cache<K, Stamped<V>> cache;

    private record Stamped<V>(V value, long generation) {
    }

    /**
     * Creates the cache.
     *
     * @param transactions the engine's transaction runner, whose transactions loads run in
     * @param topic what the cache holds, as writers name it to {@link TransactionRunner#markWritten}
     * @param maximumSize the most entries kept
     * @param safetyNet how long an entry lives at most, in case a notification was lost
     *     without the listener noticing
     */
    public CommittedCache(TransactionRunner transactions, String topic, long maximumSize, Duration safetyNet) {
        this(transactions, Objects.requireNonNull(topic, "topic"), maximumSize, safetyNet, true);
    }

    /**
     * Creates a cache that every transaction bypasses, reading afresh in it: for data that
     * writers check their changes against (the category tree, against cycles), where even a
     * moment's staleness inside a transaction could let a wrong change through.
     *
     * @param transactions the engine's transaction runner
     * @param maximumSize the most entries kept
     * @param safetyNet how long an entry lives at most
     * @param <K> the key type
     * @param <V> the value type
     * @return the cache
     */
    public static <K, V> CommittedCache<K, V> bypassedInTransactions(TransactionRunner transactions, long maximumSize,
            Duration safetyNet) {
        return new CommittedCache<>(transactions, null, maximumSize, safetyNet, false);
    }

    private CommittedCache(TransactionRunner transactions, String topic, long maximumSize, Duration safetyNet,
            boolean servesInsideTransactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.topic = topic;
        this.servesInsideTransactions = servesInsideTransactions;
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(safetyNet).build();
    }

    /**
     * The value for a key, from the cache or loaded in a transaction of its own.
     *
     * @param key the key
     * @param loader reads the value in the given transaction
     * @return the value
     */
    public V get(K key, Function<Tx, V> loader) {
        boolean bypass = servesInsideTransactions ? transactions.currentTransactionWrote(topic)
                : transactions.inTransactionNow();
        if (bypass) {
            return transactions.inTransaction(loader);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long expected = generation.get();
            Stamped<V> stamped = cache.get(key, k -> new Stamped<>(transactions.inTransaction(loader), expected));
            if (stamped.generation() == generation.get()) {
                return stamped.value();
            }
            cache.asMap().remove(key, stamped);
        }
        return transactions.inTransaction(loader);
    }

    /** Drops every value; loads under way when this is called will not be kept. */
    public void invalidateAll() {
        generation.incrementAndGet();
        cache.invalidateAll();
    }
}
