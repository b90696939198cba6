package dev.goldshop.core.id;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** A clock that reads a given sequence of milliseconds, one per call, then stays on the last. */
final class SteppingClock extends Clock {

    private final List<Long> readings;
    private int next;

    SteppingClock(List<Long> readings) {
        this.readings = List.copyOf(readings);
    }

    @Override
    public synchronized long millis() {
        long reading = readings.get(Math.min(next, readings.size() - 1));
        next++;
        return reading;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
