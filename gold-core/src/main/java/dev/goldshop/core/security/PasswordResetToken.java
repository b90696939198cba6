package dev.goldshop.core.security;

import java.time.Instant;
import java.util.UUID;

/**
 * A password reset token, shown once: the SDK keeps only its SHA-256 hash. Hand it to the user
 * over a channel you trust; it works once, until {@link #expiresAt()}.
 *
 * @param userId whose password it resets
 * @param token the token (URL-safe text carrying 256 random bits)
 * @param expiresAt when it stops working
 */
public record PasswordResetToken(UUID userId, String token, Instant expiresAt) {

    /**
     * Names the parts without the token.
     *
     * @return the token's description, without the token
     */
    @Override
    public String toString() {
        return "PasswordResetToken[userId=" + userId + ", token=***, expiresAt=" + expiresAt + "]";
    }
}
