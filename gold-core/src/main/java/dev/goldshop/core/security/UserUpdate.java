package dev.goldshop.core.security;

import java.util.UUID;

/**
 * The fields of a user that an administrator may change, all at once (the values given replace
 * the stored ones). Deliberately only these: the password, the active flag and the version
 * cannot be written through an update, so a host that binds a form to this record cannot be
 * tricked into setting them.
 *
 * @param email an address like {@code name@example.com}, at most 255 characters
 * @param fullName 1 to 200 characters, no control characters
 * @param roleId the role to hold; a new role's permissions must all be held by the caller
 */
public record UserUpdate(String email, String fullName, UUID roleId) {

    /**
     * The update that changes nothing, to start from.
     *
     * @param user the user as read
     * @return an update holding the user's current values
     */
    public static UserUpdate of(User user) {
        return new UserUpdate(user.email(), user.fullName(), user.roleId());
    }

    /**
     * A copy with another address.
     *
     * @param newEmail the address
     * @return the copy
     */
    public UserUpdate withEmail(String newEmail) {
        return new UserUpdate(newEmail, fullName, roleId);
    }

    /**
     * A copy with another full name.
     *
     * @param newFullName the name
     * @return the copy
     */
    public UserUpdate withFullName(String newFullName) {
        return new UserUpdate(email, newFullName, roleId);
    }

    /**
     * A copy with another role.
     *
     * @param newRoleId the role
     * @return the copy
     */
    public UserUpdate withRoleId(UUID newRoleId) {
        return new UserUpdate(email, fullName, newRoleId);
    }
}
