package dev.goldshop.core.context;

import java.util.Objects;
import java.util.UUID;

/**
 * Who is calling: a signed-in user, or the system itself (a scheduled job, a migration).
 *
 * @param kind whether a user or the system acts
 * @param userId the user's id; {@code null} exactly when {@code kind} is {@link Kind#SYSTEM}
 * @param name a display name for logs and audit rows: the username, or the job's name
 */
public record Actor(Kind kind, UUID userId, String name) {

    /** The kinds of actor. */
    public enum Kind {
        /** A person signed in as a user of the shop. */
        USER,
        /** The SDK itself, for example a scheduled job. */
        SYSTEM
    }

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a user has no id, a system actor has one, or the
     *     name is blank
     */
    public Actor {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.USER && userId == null) {
            throw new IllegalArgumentException("a USER actor needs a userId");
        }
        if (kind == Kind.SYSTEM && userId != null) {
            throw new IllegalArgumentException("a SYSTEM actor has no userId, got " + userId);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a non-blank name, got '" + name + "'");
        }
    }

    /**
     * A user as actor.
     *
     * @param userId the user's id
     * @param username the user's name, for logs and audit rows
     * @return the actor
     */
    public static Actor user(UUID userId, String username) {
        return new Actor(Kind.USER, userId, username);
    }

    /**
     * The system as actor, named after what runs.
     *
     * @param jobName for example {@code "loyalty-expiry"}
     * @return the actor
     */
    public static Actor system(String jobName) {
        return new Actor(Kind.SYSTEM, null, jobName);
    }

    /**
     * Whether this is the system rather than a user.
     *
     * @return true for {@link Kind#SYSTEM}
     */
    public boolean isSystem() {
        return kind == Kind.SYSTEM;
    }
}
