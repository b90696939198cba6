package dev.goldshop.core.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Generates RFC 9562 version 7 UUIDs: time-ordered, random, and strictly increasing within one
 * generator.
 *
 * <h2>Why the SDK generates ids in Java</h2>
 * Random (version 4) UUIDs scatter inserts over the whole primary-key index, so on large tables
 * (invoice lines, accounting entries, audit rows, loyalty points) every insert touches a
 * different, usually uncached, index page, and the index bloats with half-empty pages. A
 * version 7 UUID begins with the time in milliseconds, so new rows land together at the right
 * edge of the index, as with a sequence, while the id stays globally unique, unguessable
 * enough to show in a URL, and known before the row is inserted: the SDK can put it in an
 * outbox event or a child row in the same transaction without a round trip to the database,
 * and the database need not offer a version 7 function (PostgreSQL has one only from version
 * 18).
 *
 * <h2>Layout</h2>
 * <pre>
 *  48 bits  unix_ts_ms  milliseconds since 1970-01-01T00:00Z, from the injected {@link Clock}
 *   4 bits  ver         0b0111 (7)
 *  12 bits  rand_a      a counter, seeded with a random value below 2048 each new millisecond
 *   2 bits  var         0b10 (the RFC 9562 variant)
 *  62 bits  rand_b      random, from a {@link SecureRandom}, fresh for every id
 * </pre>
 *
 * <h2>Monotonicity</h2>
 * Ids from one generator are strictly increasing, compared as unsigned 128-bit numbers (which is
 * the order of their canonical strings and PostgreSQL's order of {@code uuid}), even when the
 * clock stands still or goes back. This follows RFC 9562, section 6.2, methods 1 and 3: within
 * one millisecond, or when the clock reads earlier than the last id, the 12-bit counter is
 * incremented and the last timestamp reused; when the counter overflows, the timestamp is
 * advanced by one millisecond. After the clock steps back, ids therefore keep a timestamp
 * slightly ahead of the clock until it catches up. Seeding the counter below 2048 leaves room
 * for at least 2048 ids in each millisecond before such an advance.
 *
 * <p>Note that {@link UUID#compareTo(UUID)} compares the two halves as signed numbers and so
 * does not give this order for every UUID; use {@link #compareUnsigned(UUID, UUID)}.
 *
 * <p>Thread-safe: {@link #newId()} is synchronised, which costs far less than the insert that
 * follows.
 */
public final class UuidV7 implements IdGenerator {

    private static final long MAX_TIMESTAMP = (1L << 48) - 1;
    private static final int COUNTER_MAX = 0xFFF;
    // RFC 9562 6.2 advises a counter seed with its top bit clear, to leave room to count.
    private static final int COUNTER_SEED_BOUND = 1 << 11;
    private static final long VERSION_BITS = 0x7000L;
    private static final long VARIANT_BITS = 0x8000_0000_0000_0000L;
    private static final long RAND_B_MASK = 0x3FFF_FFFF_FFFF_FFFFL;

    private final Clock clock;
    private final SecureRandom random;

    // Guarded by this.
    private long lastMillis = Long.MIN_VALUE;
    private int counter;

    /**
     * Creates a generator on the system clock (UTC) and a new {@link SecureRandom}.
     */
    public UuidV7() {
        this(Clock.systemUTC());
    }

    /**
     * Creates a generator on the given clock and a new {@link SecureRandom}.
     *
     * @param clock the clock whose {@link Clock#millis()} gives the timestamp
     * @throws NullPointerException if {@code clock} is null
     */
    public UuidV7(Clock clock) {
        this(clock, new SecureRandom());
    }

    /**
     * Creates a generator on the given clock and source of randomness.
     *
     * @param clock the clock whose {@link Clock#millis()} gives the timestamp
     * @param random the source of the random bits
     * @throws NullPointerException if an argument is null
     */
    public UuidV7(Clock clock, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Returns a new version 7 UUID, greater than every id this generator returned before.
     *
     * @return the new id
     * @throws IllegalStateException if the clock reads before 1970 or after the year 10889,
     *     which 48 bits of milliseconds cannot hold
     */
    @Override
    public synchronized UUID newId() {
        long now = clock.millis();
        if (now < 0 || now > MAX_TIMESTAMP) {
            throw new IllegalStateException("Clock reads " + now + " ms since the epoch, outside"
                    + " the range of a version 7 UUID timestamp (0 to " + MAX_TIMESTAMP + ")");
        }
        if (now > lastMillis) {
            lastMillis = now;
            counter = random.nextInt(COUNTER_SEED_BOUND);
        } else if (counter < COUNTER_MAX) {
            counter++;
        } else {
            // The counter is spent for this millisecond: borrow the next one (RFC 9562 6.2).
            if (lastMillis == MAX_TIMESTAMP) {
                throw new IllegalStateException("Version 7 UUID timestamps are exhausted");
            }
            lastMillis++;
            counter = random.nextInt(COUNTER_SEED_BOUND);
        }
        long msb = (lastMillis << 16) | VERSION_BITS | counter;
        long lsb = (random.nextLong() & RAND_B_MASK) | VARIANT_BITS;
        return new UUID(msb, lsb);
    }

    /**
     * Returns the timestamp of a version 7 UUID: the milliseconds since 1970-01-01T00:00Z at
     * which it was generated (or a little later, see the class comment on monotonicity).
     *
     * @param uuid a version 7 UUID
     * @return its unix timestamp in milliseconds
     * @throws IllegalArgumentException if the UUID is not version 7 of the RFC 9562 variant
     * @throws NullPointerException if {@code uuid} is null
     */
    public static long timestampOf(UUID uuid) {
        Objects.requireNonNull(uuid, "uuid");
        if (uuid.variant() != 2 || uuid.version() != 7) {
            throw new IllegalArgumentException("UUID " + uuid + " is version " + uuid.version()
                    + ", variant " + uuid.variant()
                    + "; only a version 7 UUID of variant 2 (RFC 9562) carries a timestamp");
        }
        return uuid.getMostSignificantBits() >>> 16;
    }

    /**
     * Compares two UUIDs as unsigned 128-bit numbers, which is the order of their canonical
     * strings and the order PostgreSQL sorts {@code uuid} values in. Unlike
     * {@link UUID#compareTo(UUID)}, this order is the order of generation for version 7 ids.
     *
     * @param a the first UUID
     * @param b the second UUID
     * @return negative, zero or positive as {@code a} is less than, equal to or greater than
     *     {@code b}
     * @throws NullPointerException if an argument is null
     */
    public static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0
                ? high
                : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
