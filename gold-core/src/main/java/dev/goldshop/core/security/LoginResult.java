package dev.goldshop.core.security;

import java.util.Objects;

/**
 * A successful login. The token is shown here once and never again: the SDK keeps only its
 * SHA-256 hash, so a lost token cannot be recovered, only replaced by logging in again.
 *
 * @param token the session token: 32 random bytes from {@code SecureRandom}, base64url without
 *     padding (43 characters); the host hands it to the client and passes it to
 *     {@link Authentication#validate} with each request
 * @param principal who signed in, and the context for their calls
 */
public record LoginResult(String token, SessionPrincipal principal) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public LoginResult {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(principal, "principal");
    }

    /**
     * The result without its token.
     *
     * @return a description safe for logs
     */
    @Override
    public String toString() {
        return "LoginResult[token=****, principal=" + principal + "]";
    }
}
