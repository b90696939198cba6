package dev.goldshop.persistence.internal.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The session and lock-out policy in force, read from company settings.
 *
 * @param idleTimeout a session unused this long ends
 * @param absoluteLifetime a session ends this long after login, however busy
 * @param maxSessionsPerUser live sessions a user may have; a login beyond ends the oldest
 * @param lockoutThreshold failures within the window that lock an account or address
 * @param lockoutWindow the window failures are counted in
 * @param lockoutDuration how long a lock lasts
 * @param businessHours the shop's opening hours
 */
public record SecurityPolicy(Duration idleTimeout, Duration absoluteLifetime, int maxSessionsPerUser,
        int lockoutThreshold, Duration lockoutWindow, Duration lockoutDuration, BusinessHours businessHours) {

    /** The policy of a shop that changed nothing (and of one without a settings row). */
    public static final SecurityPolicy DEFAULTS = new SecurityPolicy(Duration.ofMinutes(30), Duration.ofHours(12), 5,
            5, Duration.ofMinutes(15), Duration.ofMinutes(15), BusinessHours.ALWAYS_OPEN);

    private static final Duration MAX_REFRESH = Duration.ofMinutes(1);

    /**
     * How stale a session's stored last activity may get before validation writes it again: a
     * minute, or a tenth of the idle timeout if that is shorter. The idle timeout is thus
     * enforced to within this much, in exchange for not writing on every request.
     *
     * @return the refresh interval
     */
    public Duration activityRefresh() {
        Duration tenth = idleTimeout.dividedBy(10);
        return tenth.compareTo(MAX_REFRESH) < 0 ? tenth : MAX_REFRESH;
    }

    /**
     * When a session began at {@code createdAt} ends at the latest: its stored expiry, or
     * earlier if the lifetime has been shortened since it began.
     *
     * @param createdAt when the session began
     * @param storedExpiry the expiry fixed at login
     * @return the earlier of the two ends
     */
    public Instant absoluteEnd(Instant createdAt, Instant storedExpiry) {
        Instant byPolicy = createdAt.plus(absoluteLifetime);
        return byPolicy.isBefore(storedExpiry) ? byPolicy : storedExpiry;
    }
}
