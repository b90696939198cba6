package dev.goldshop.persistence.internal.security;

import java.util.UUID;

/**
 * What checking or replacing a user's password needs, read apart from {@code User} so that the
 * hash never travels in an object that could be returned or audited.
 *
 * @param userId the user
 * @param username the user's name (a password may not equal it)
 * @param email the user's address (a password may not equal it)
 * @param active whether the user may act
 * @param passwordHash the stored PHC string
 */
public record Credentials(UUID userId, String username, String email, boolean active, String passwordHash) {

    /**
     * Names the parts without the hash.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Credentials[userId=" + userId + ", username=" + username + ", active=" + active + "]";
    }
}
