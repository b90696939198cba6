package dev.goldshop.core.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A named set of permissions; each user holds exactly one role.
 *
 * @param id the role's id
 * @param name the name, unique
 * @param description what the role is for, or {@code null}
 * @param permissions what holders of the role may do; nothing else is allowed
 * @param system whether the SDK created it (the owner's role): it cannot be deleted or renamed,
 *     and its permissions follow the system template of the same name
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param version the optimistic-locking version to pass to the next change
 */
public record Role(UUID id, String name, String description, Set<Permission> permissions, boolean system,
        Instant createdAt, Instant updatedAt, long version) {

    /**
     * Copies the permissions.
     */
    public Role {
        permissions = Set.copyOf(permissions);
    }
}
