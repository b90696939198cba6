package dev.goldshop.core.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of staff who can sign in. Never carries the password or its hash: nothing the SDK
 * returns can leak a credential.
 *
 * @param id the user's id
 * @param username the sign-in name, unique whatever its case
 * @param email the address, unique whatever its case
 * @param fullName the name shown on invoices and in the audit trail
 * @param roleId the one role whose permissions the user holds
 * @param active whether the user may sign in and act; users are deactivated, never deleted
 * @param lockedUntil until when sign-in is locked after repeated failures, or {@code null}
 * @param lastLoginAt the last successful sign-in, or {@code null}
 * @param passwordChangedAt when the password was last set, or {@code null}
 * @param createdAt when the user was created
 * @param updatedAt when the user last changed
 * @param version the optimistic-locking version to pass to the next change
 */
public record User(UUID id, String username, String email, String fullName, UUID roleId, boolean active,
        Instant lockedUntil, Instant lastLoginAt, Instant passwordChangedAt, Instant createdAt, Instant updatedAt,
        long version) {
}
