package dev.goldshop.persistence.internal.mapper;

import java.net.InetAddress;
import java.time.Instant;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/**
 * Failed-login counts and locks, per account ({@code users}) and per address
 * ({@code login_failures}). Each count is one atomic statement, so concurrent failures are
 * never lost; each lock is a compare-and-set, so exactly one caller sets it.
 */
public interface LoginFailureMapper {

    /**
     * Counts one failure on an account: within the current window the count grows by one,
     * otherwise a new window starts at {@code now} with a count of one.
     *
     * @param userId the user
     * @param now the time of the failure
     * @param windowSince windows that started at or before this are over
     * @return the count after this failure
     */
    int countUserFailure(@Param("userId") UUID userId, @Param("now") Instant now,
            @Param("windowSince") Instant windowSince);

    /**
     * Locks an account unless it is locked already.
     *
     * @param userId the user
     * @param now the time
     * @param until the end of the lock
     * @return 1 if this call set the lock, 0 if a lock was already in force
     */
    int lockUser(@Param("userId") UUID userId, @Param("now") Instant now, @Param("until") Instant until);

    /**
     * Counts one failure from an address, like {@link #countUserFailure}.
     *
     * @param ipAddress the address
     * @param now the time of the failure
     * @param windowSince windows that started at or before this are over
     * @return the count after this failure
     */
    int countAddressFailure(@Param("ipAddress") InetAddress ipAddress, @Param("now") Instant now,
            @Param("windowSince") Instant windowSince);

    /**
     * Locks an address unless it is locked already.
     *
     * @param ipAddress the address
     * @param now the time
     * @param until the end of the lock
     * @return 1 if this call set the lock, 0 if a lock was already in force
     */
    int lockAddress(@Param("ipAddress") InetAddress ipAddress, @Param("now") Instant now,
            @Param("until") Instant until);

    /**
     * The end of an address's lock.
     *
     * @param ipAddress the address
     * @return the end of its lock, or null if it was never locked or has no failures
     */
    Instant selectAddressLock(@Param("ipAddress") InetAddress ipAddress);

    /**
     * Forgets addresses whose window and lock are both over.
     *
     * @param now the time
     * @param windowSince windows that started at or before this are over
     * @return how many rows were deleted
     */
    int deleteStale(@Param("now") Instant now, @Param("windowSince") Instant windowSince);
}
