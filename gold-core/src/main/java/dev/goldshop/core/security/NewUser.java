package dev.goldshop.core.security;

import java.util.UUID;

/**
 * What is needed to create a user. The facade validates every field and reports all rejected
 * fields at once.
 *
 * @param username 3 to 100 letters, digits, {@code .}, {@code _} or {@code -}, starting with a
 *     letter or digit; unique whatever its case
 * @param email an address like {@code name@example.com}, at most 255 characters
 * @param fullName 1 to 200 characters, no control characters
 * @param roleId the role to hold; its permissions must all be held by the caller
 * @param password the initial password, 8 to 128 characters; the caller clears the array
 *     after the call
 */
public record NewUser(String username, String email, String fullName, UUID roleId, char[] password) {

    /**
     * Names the fields without the password, so a log line of the request leaks nothing.
     *
     * @return the request without its password
     */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", email=" + email + ", fullName=" + fullName + ", roleId=" + roleId
                + ", password=***]";
    }
}
