package dev.goldshop.core.security;

/**
 * The outcome of the first run.
 *
 * @param owner the owner user
 * @param ownerRole the owner's role, a system role holding the {@code owner} template's permissions
 * @param generatedPassword the password the SDK generated, shown here once and stored nowhere
 *     in clear; {@code null} when the host supplied the password. Show it to the owner, then
 *     clear the array.
 */
public record BootstrapResult(User owner, Role ownerRole, char[] generatedPassword) {

    /**
     * Whether the SDK generated the password.
     *
     * @return true if {@link #generatedPassword()} holds it
     */
    public boolean passwordWasGenerated() {
        return generatedPassword != null;
    }

    /**
     * Names the parts without the password.
     *
     * @return the result without its password
     */
    @Override
    public String toString() {
        return "BootstrapResult[owner=" + owner + ", ownerRole=" + ownerRole + ", generatedPassword="
                + (generatedPassword == null ? "none" : "***") + "]";
    }
}
