package dev.goldshop.persistence.internal.security;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code password_reset_tokens} as inserted: the token's hash, never the token.
 *
 * @param id the row
 * @param userId whose password the token resets
 * @param tokenHash lower-case hex SHA-256 of the token
 * @param expiresAt when it stops working
 * @param createdAt when it was issued
 * @param createdBy who issued it, or null for the system
 */
public record ResetTokenRow(UUID id, UUID userId, String tokenHash, Instant expiresAt, Instant createdAt,
        UUID createdBy) {
}
