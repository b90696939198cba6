package dev.goldshop.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class UuidV7Properties {

    private static final long MAX_TIMESTAMP = (1L << 48) - 1;

    /**
     * Clock readings that move forward, stand still for a while, and jump back, all within
     * a range well inside 48 bits.
     */
    @Provide
    Arbitrary<List<Long>> clockReadings() {
        Arbitrary<Long> step = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(5, 0L),      // clock stands still
                net.jqwik.api.Tuple.of(3, 1L),      // next millisecond
                net.jqwik.api.Tuple.of(1, 250L),    // a pause
                net.jqwik.api.Tuple.of(1, -1L),     // a tiny step back
                net.jqwik.api.Tuple.of(1, -60_000L) // NTP pulls the clock back a minute
        );
        return Arbitraries.longs().between(60_000L, 4_000_000_000_000L).flatMap(start ->
                step.list().ofMinSize(1).ofMaxSize(3_000).map(steps -> {
                    List<Long> readings = new ArrayList<>(steps.size());
                    long now = start;
                    for (long s : steps) {
                        now = Math.max(0, now + s);
                        readings.add(now);
                    }
                    return readings;
                }));
    }

    @Property(tries = 200)
    void idsFromOneGeneratorStrictlyIncrease(@ForAll("clockReadings") List<Long> readings) {
        UuidV7 generator = new UuidV7(new SteppingClock(readings));
        UUID previous = generator.newId();
        long highestReading = readings.get(0);
        for (int i = 1; i < readings.size(); i++) {
            UUID id = generator.newId();
            highestReading = Math.max(highestReading, readings.get(i));
            assertThat(UuidV7.compareUnsigned(id, previous)).as("%s after %s", id, previous).isPositive();
            assertThat(id.toString()).isGreaterThan(previous.toString());
            assertThat(UuidV7.timestampOf(id)).isGreaterThanOrEqualTo(UuidV7.timestampOf(previous));
            // Ids never run far ahead of the clock: at most 1 ms per 2048 ids.
            assertThat(UuidV7.timestampOf(id)).isBetween(highestReading, highestReading + 1 + i / 2048);
            previous = id;
        }
    }

    @Property
    void everyIdIsVersion7Variant2(@ForAll @LongRange(min = 0, max = MAX_TIMESTAMP) long millis,
            @ForAll @IntRange(min = 1, max = 50) int count) {
        UuidV7 generator = new UuidV7(Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
        for (int i = 0; i < count; i++) {
            UUID id = generator.newId();
            if (millis == MAX_TIMESTAMP && i > 0) {
                break;
            }
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.toString().charAt(14)).isEqualTo('7');
            assertThat(id.toString().charAt(19)).isIn('8', '9', 'a', 'b');
        }
    }

    @Property
    void timestampOfReadsBackTheClock(@ForAll @LongRange(min = 0, max = MAX_TIMESTAMP) long millis) {
        UuidV7 generator = new UuidV7(Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
        UUID id = generator.newId();
        assertThat(UuidV7.timestampOf(id)).isEqualTo(millis);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
        // The counter starts below 2048, leaving room for at least 2048 ids in the millisecond.
        assertThat((id.getMostSignificantBits() & 0xFFF)).isLessThan(2048L);
    }

    @Example
    void hundredThousandIdsHaveNoDuplicateAndStayInOrder() {
        UuidV7 generator = new UuidV7();
        Set<UUID> seen = new HashSet<>();
        UUID previous = null;
        for (int i = 0; i < 100_000; i++) {
            UUID id = generator.newId();
            assertThat(seen.add(id)).as("duplicate %s", id).isTrue();
            if (previous != null && UuidV7.compareUnsigned(id, previous) <= 0) {
                throw new AssertionError(id + " is not greater than " + previous);
            }
            previous = id;
        }
        assertThat(seen).hasSize(100_000);
    }

    @Example
    void hundredThousandIdsOnAStoppedClockHaveNoDuplicateAndStayInOrder() {
        long start = 1_700_000_000_000L;
        UuidV7 generator = new UuidV7(Clock.fixed(Instant.ofEpochMilli(start), ZoneOffset.UTC));
        Set<UUID> seen = new HashSet<>();
        List<String> inOrder = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            UUID id = generator.newId();
            seen.add(id);
            inOrder.add(id.toString());
        }
        assertThat(seen).hasSize(100_000);
        assertThat(inOrder).isSorted();
        // Each borrowed millisecond holds at least 2048 ids.
        long last = UuidV7.timestampOf(UUID.fromString(inOrder.get(inOrder.size() - 1)));
        assertThat(last).isBetween(start + 1, start + 100_000 / 2048 + 1);
    }
}
