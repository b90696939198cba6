package dev.goldshop.persistence.internal.security;

import java.time.Instant;
import java.util.UUID;

/**
 * The account a login names, as read before its password is checked.
 *
 * @param id the user
 * @param username the user's name as stored (its case may differ from what was typed)
 * @param passwordHash the stored PHC string
 * @param active whether the user may sign in at all
 * @param lockedUntil the end of a lock-out, or null
 */
public record LoginUserRow(UUID id, String username, String passwordHash, boolean active, Instant lockedUntil) {
}
