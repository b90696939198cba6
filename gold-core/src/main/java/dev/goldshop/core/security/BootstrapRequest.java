package dev.goldshop.core.security;

/**
 * The first run's owner account. The shop is created with no user at all (no default
 * administrator with a known password); this request creates the first one.
 *
 * @param username the owner's sign-in name, as for {@link NewUser#username()}
 * @param email the owner's address
 * @param fullName the owner's name
 * @param password the owner's password as the host asked for it, or {@code null} to have the SDK
 *     generate a strong one and return it once in {@link BootstrapResult#generatedPassword()};
 *     the caller clears the array after the call
 */
public record BootstrapRequest(String username, String email, String fullName, char[] password) {

    /**
     * An owner with a password the host supplies.
     *
     * @param username the sign-in name
     * @param email the address
     * @param fullName the name
     * @param password the password
     * @return the request
     */
    public static BootstrapRequest withPassword(String username, String email, String fullName, char[] password) {
        return new BootstrapRequest(username, email, fullName, password);
    }

    /**
     * An owner whose password the SDK generates.
     *
     * @param username the sign-in name
     * @param email the address
     * @param fullName the name
     * @return the request
     */
    public static BootstrapRequest withGeneratedPassword(String username, String email, String fullName) {
        return new BootstrapRequest(username, email, fullName, null);
    }

    /**
     * Names the fields without the password.
     *
     * @return the request without its password
     */
    @Override
    public String toString() {
        return "BootstrapRequest[username=" + username + ", email=" + email + ", fullName=" + fullName
                + ", password=" + (password == null ? "generated" : "***") + "]";
    }
}
