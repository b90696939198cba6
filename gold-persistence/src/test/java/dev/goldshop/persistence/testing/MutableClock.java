package dev.goldshop.persistence.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the test sets and moves, for engines built with {@code engineBuilder().clock(clock)}:
 * expiry, lock-outs and daily quotas are tested without waiting. Shared by every thread of the
 * engines that use it.
 */
public final class MutableClock extends Clock {
    private volatile Instant now;

    /**
     * Starts the clock.
     *
     * @param start the first instant
     */
    public MutableClock(Instant start) {
        this.now = start;
    }

    /**
     * Sets the time.
     *
     * @param instant the new time
     */
    public void set(Instant instant) {
        now = instant;
    }

    /**
     * Moves the time (backwards with a negative step).
     *
     * @param step how far
     * @return the new time
     */
    public synchronized Instant advance(Duration step) {
        now = now.plus(step);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
