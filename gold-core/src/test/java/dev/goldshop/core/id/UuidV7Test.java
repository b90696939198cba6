package dev.goldshop.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class UuidV7Test {

    @Test
    void readsTheTimestampOfTheRfc9562Example() {
        // RFC 9562, appendix A.6: 2022-02-22T19:22:22Z.
        UUID example = UUID.fromString("017F22E2-79B0-7CC3-98C4-DC0C0C07398F");
        assertThat(UuidV7.timestampOf(example)).isEqualTo(0x017F22E279B0L);
        assertThat(Instant.ofEpochMilli(UuidV7.timestampOf(example)))
                .isEqualTo(Instant.parse("2022-02-22T19:22:22Z"));
    }

    @Test
    void layoutPutsTheClockFirst() {
        Instant at = Instant.parse("2022-02-22T19:22:22Z");
        UUID id = new UuidV7(Clock.fixed(at, ZoneOffset.UTC)).newId();
        assertThat(id.toString()).startsWith("017f22e2-79b0-7");
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void timestampOfRejectsOtherVersionsNamingTheUuid() {
        UUID random = UUID.randomUUID();
        assertThatThrownBy(() -> UuidV7.timestampOf(random))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(random.toString())
                .hasMessageContaining("version 4")
                .hasMessageContaining("only a version 7");
        UUID nameBased = UUID.nameUUIDFromBytes(new byte[] {1});
        assertThatThrownBy(() -> UuidV7.timestampOf(nameBased))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 3");
        // Version 7 bits but the NCS variant (0b0...).
        UUID wrongVariant = new UUID(0x017F22E279B07CC3L, 0x18C4DC0C0C07398FL);
        assertThatThrownBy(() -> UuidV7.timestampOf(wrongVariant))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variant 0");
    }

    @Test
    void staysMonotonicWhenTheClockGoesBack() {
        UuidV7 generator = new UuidV7(new SteppingClock(List.of(10_000L, 5_000L, 9_999L, 10_001L)));
        UUID first = generator.newId();
        UUID second = generator.newId();
        UUID third = generator.newId();
        UUID fourth = generator.newId();
        assertThat(UuidV7.timestampOf(second)).isEqualTo(10_000L);
        assertThat(UuidV7.timestampOf(third)).isEqualTo(10_000L);
        assertThat(UuidV7.timestampOf(fourth)).isEqualTo(10_001L);
        assertThat(List.of(first, second, third, fourth)).isSortedAccordingTo(UuidV7::compareUnsigned);
        assertThat(first.getMostSignificantBits() & 0xFFF).isLessThan(second.getMostSignificantBits() & 0xFFF);
    }

    @Test
    void counterOverflowBorrowsTheNextMillisecond() {
        // A random source whose counter seed is always the highest allowed, 2047.
        SecureRandom highSeed = new SecureRandom() {
            @Override
            public int nextInt(int bound) {
                return bound - 1;
            }
        };
        UuidV7 generator = new UuidV7(Clock.fixed(Instant.ofEpochMilli(1_000), ZoneOffset.UTC), highSeed);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 2050; i++) {
            ids.add(generator.newId());
        }
        // Counter values 2047..4095 (2049 ids) fit in 1000 ms; the 2050th moves to 1001 ms.
        assertThat(UuidV7.timestampOf(ids.get(2048))).isEqualTo(1_000L);
        assertThat(ids.get(2048).getMostSignificantBits() & 0xFFF).isEqualTo(0xFFFL);
        assertThat(UuidV7.timestampOf(ids.get(2049))).isEqualTo(1_001L);
        assertThat(ids.get(2049).getMostSignificantBits() & 0xFFF).isEqualTo(2047L);
        assertThat(ids).isSortedAccordingTo(UuidV7::compareUnsigned);
    }

    @Test
    void isThreadSafe() throws Exception {
        UuidV7 generator = new UuidV7();
        int threads = 4;
        int perThread = 25_000;
        Set<UUID> all = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<UUID>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<UUID> mine = new ArrayList<>(perThread);
                    for (int i = 0; i < perThread; i++) {
                        mine.add(generator.newId());
                    }
                    return mine;
                }));
            }
            start.countDown();
            for (Future<List<UUID>> result : results) {
                List<UUID> mine = result.get();
                // Each thread sees its own ids in increasing order.
                assertThat(mine).isSortedAccordingTo(UuidV7::compareUnsigned);
                all.addAll(mine);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(all).hasSize(threads * perThread);
    }

    @Test
    void clockOutsideTheTimestampRangeIsRefused() {
        UuidV7 beforeEpoch = new UuidV7(Clock.fixed(Instant.ofEpochMilli(-1), ZoneOffset.UTC));
        assertThatThrownBy(beforeEpoch::newId)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-1");
        UuidV7 tooLate = new UuidV7(Clock.fixed(Instant.ofEpochMilli(1L << 48), ZoneOffset.UTC));
        assertThatThrownBy(tooLate::newId).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unsignedComparisonDiffersFromUuidCompareTo() {
        UUID low = new UUID(1, 0x7FFF_FFFF_FFFF_FFFFL);
        UUID high = new UUID(1, 0x8000_0000_0000_0000L);
        assertThat(UuidV7.compareUnsigned(low, high)).isNegative();
        assertThat(low.toString()).isLessThan(high.toString());
        assertThat(low.compareTo(high)).isPositive(); // the JDK compares signed
        List<UUID> ids = new ArrayList<>(List.of(high, low));
        Collections.sort(ids, UuidV7::compareUnsigned);
        assertThat(ids).containsExactly(low, high);
    }

    @Test
    void isAnIdGenerator() {
        IdGenerator generator = new UuidV7();
        assertThat(generator.newId()).isNotEqualTo(generator.newId());
    }
}
