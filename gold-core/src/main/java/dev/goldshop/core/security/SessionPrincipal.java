package dev.goldshop.core.security;

import dev.goldshop.core.context.CallContext;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Who a valid session token belongs to, with the {@link CallContext} the host passes to every
 * facade call it makes for that request. The context carries the session's id, and the IP
 * address and user agent recorded at login, so audit rows name the session they came from.
 *
 * @param userId the signed-in user
 * @param username the user's name
 * @param sessionId the session
 * @param expiresAt when the session ends at the latest, whatever the activity
 * @param callContext the context for this user's calls in this session
 */
public record SessionPrincipal(UUID userId, String username, UUID sessionId, Instant expiresAt,
        CallContext callContext) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public SessionPrincipal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(callContext, "callContext");
    }
}
