package dev.goldshop.persistence.internal.security;

/**
 * Turns passwords into stored PHC strings and checks them. The one place that knows the
 * algorithm and its parameters, so that users, logins and password resets can never disagree
 * about them, and a policy change is a change here only.
 *
 * <p>Implementations never keep a copy of a password and never log one; the caller owns the
 * {@code char[]} and clears it after the call.
 */
public interface PasswordHasher {

    /**
     * Hashes a password with the current policy and a fresh random salt.
     *
     * @param password the password; not cleared by this method
     * @return the PHC string to store, for example {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}
     * @throws IllegalArgumentException if the password is null or is not valid UTF-16 (a lone
     *     surrogate), which {@code PasswordPolicy} refuses before it gets here
     */
    String hash(char[] password);

    /**
     * Checks a password against a stored PHC string, with the parameters stored in that string
     * (so old hashes keep working after a policy change).
     *
     * @param password the password offered; not cleared by this method
     * @param phc the stored PHC string
     * @return true only if the password matches; false for a wrong password, a malformed or
     *     unsupported PHC string, or a password that is not valid UTF-16
     */
    boolean verify(char[] password, String phc);

    /**
     * Whether a stored hash should be replaced at the next successful login, because its
     * algorithm is not Argon2id or its parameters are below the current policy.
     *
     * @param phc the stored PHC string
     * @return true if it should be re-hashed (also for a string that cannot be parsed)
     */
    boolean needsRehash(String phc);

    /**
     * Does the work of one {@link #verify} against a fixed hash that no password matches, so that
     * a login for an unknown user costs the same time as one with a wrong password.
     *
     * @param password the password offered; not cleared by this method
     */
    void verifyDummy(char[] password);
}
