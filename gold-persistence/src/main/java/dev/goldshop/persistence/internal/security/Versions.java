package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The optimistic-locking refusal and the stored form of time, shared by the security services. */
final class Versions {
    private Versions() {
    }

    /**
     * The refusal of a change made on a stale read.
     *
     * @param type the kind of entity
     * @param id which one
     * @param version the version the caller read
     * @return the exception, to be thrown
     */
    static ConflictException stale(String type, UUID id, long version) {
        return new ConflictException(ErrorCode.STALE_VERSION, type + " " + id
                + " was changed by someone else (expected version " + version + "); read it again and retry", null);
    }

    /**
     * The engine's time as stored (PostgreSQL keeps microseconds).
     *
     * @param clock the engine's clock
     * @return now, truncated to microseconds
     */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
