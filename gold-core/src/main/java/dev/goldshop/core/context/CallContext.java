package dev.goldshop.core.context;

import java.util.Objects;
import java.util.UUID;

/**
 * Who makes a call, from where and why. Every facade method that changes data takes one, and
 * its parts end up in the call's audit row. Carried explicitly, never in a thread-local, so
 * that a host can see and test what each call is attributed to.
 *
 * @param actor who is calling
 * @param sessionId the user's session, or {@code null} (system calls, or before login)
 * @param ipAddress the client's address as the host saw it, or {@code null}
 * @param userAgent the client's user agent, or {@code null}
 * @param reason why the call is made (required by some calls, such as a void), or {@code null}
 */
public record CallContext(Actor actor, UUID sessionId, String ipAddress, String userAgent, String reason) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if {@code actor} is null
     */
    public CallContext {
        Objects.requireNonNull(actor, "actor");
    }

    /**
     * A context for the system acting on its own.
     *
     * @param jobName what runs, for example {@code "session-cleanup"}
     * @return the context
     */
    public static CallContext system(String jobName) {
        return new CallContext(Actor.system(jobName), null, null, null, null);
    }

    /**
     * A context for a user, without session or network details.
     *
     * @param actor the user
     * @return the context
     */
    public static CallContext of(Actor actor) {
        return new CallContext(actor, null, null, null, null);
    }

    /**
     * A copy with a reason.
     *
     * @param newReason why the call is made
     * @return the copy
     */
    public CallContext withReason(String newReason) {
        return new CallContext(actor, sessionId, ipAddress, userAgent, newReason);
    }

    /**
     * A copy with network details.
     *
     * @param newIpAddress the client's address
     * @param newUserAgent the client's user agent
     * @return the copy
     */
    public CallContext withClient(String newIpAddress, String newUserAgent) {
        return new CallContext(actor, sessionId, newIpAddress, newUserAgent, reason);
    }
}
