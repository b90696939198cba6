package dev.goldshop.persistence.internal.security;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Argon2id through password4j, with the OWASP minimum for Argon2id (SECURITY.md AUTH-01):
 * 19 MiB of memory, 2 iterations, 1 lane, a 32-byte hash and a 16-byte random salt per hash,
 * stored as the standard PHC string. Passwords are hashed as their UTF-8 bytes, so any Unicode
 * password works and nothing is truncated or case-folded. Stateless and thread-safe.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    /** Memory cost in KiB (19 MiB). */
    public static final int MEMORY_KIB = 19_456;
    /** Number of passes over memory. */
    public static final int ITERATIONS = 2;
    /** Lanes; 1 so that a login never takes more than one core of the host. */
    public static final int PARALLELISM = 1;
    /** Length of the derived hash in bytes. */
    public static final int HASH_BYTES = 32;
    /** Length of the random salt in bytes. */
    public static final int SALT_BYTES = 16;

    /**
     * The hash of 32 random bytes nobody kept, with the policy parameters: what an unknown
     * user's login is checked against. Text can never hash to it in practice.
     */
    static final String DUMMY_PHC =
            "$argon2id$v=19$m=19456,t=2,p=1$TK7SlR9VNvUzW7bEH1xsoQ$6wDbNXS7Niu2dIScXiuywIQVRA0juFKXfaQMvfDwtrw";

    private static final String PREFIX = "$argon2id$";
    private static final int ARGON2_VERSION = Argon2Function.ARGON2_VERSION_13;

    private final Argon2Function policy =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID, ARGON2_VERSION);
    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] bytes = utf8(password);
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        try {
            return policy.hash(bytes, salt).getResult();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public boolean verify(char[] password, String phc) {
        if (password == null || phc == null || !phc.startsWith(PREFIX)) {
            verifyDummy(password == null ? new char[0] : password);
            return false;
        }
        Argon2Function stored;
        try {
            stored = Argon2Function.getInstanceFromHash(phc);
        } catch (RuntimeException malformed) {
            verifyDummy(password);
            return false;
        }
        return check(stored, password, phc);
    }

    @Override
    public boolean needsRehash(String phc) {
        Parameters stored = Parameters.parse(phc);
        return stored == null
                || stored.version() != ARGON2_VERSION
                || stored.memoryKib() < MEMORY_KIB
                || stored.iterations() < ITERATIONS
                || stored.parallelism() != PARALLELISM
                || stored.saltBytes() < SALT_BYTES
                || stored.hashBytes() < HASH_BYTES;
    }

    @Override
    public void verifyDummy(char[] password) {
        check(policy, password == null ? new char[0] : password, DUMMY_PHC);
    }

    private static boolean check(Argon2Function function, char[] password, String phc) {
        byte[] bytes;
        try {
            bytes = utf8(password);
        } catch (IllegalArgumentException notUtf16) {
            // Still spend the time of a real check, so the answer's timing says nothing.
            bytes = new byte[0];
            function.check(bytes, phc.getBytes(StandardCharsets.US_ASCII));
            return false;
        }
        try {
            return function.check(bytes, phc.getBytes(StandardCharsets.US_ASCII));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * The password's UTF-8 bytes, refusing lone surrogates: replacing them with {@code ?} would
     * let two different passwords share one hash.
     */
    private static byte[] utf8(char[] password) {
        ByteBuffer encoded;
        try {
            encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(password));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the password is not valid UTF-16 text (a lone surrogate)", e);
        }
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    /** The parameters of a stored Argon2id PHC string. */
    record Parameters(int version, int memoryKib, int iterations, int parallelism, int saltBytes, int hashBytes) {

        /**
         * Parses {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}.
         *
         * @param phc the stored string
         * @return the parameters, or null if it is not an Argon2id PHC string
         */
        static Parameters parse(String phc) {
            if (phc == null || !phc.startsWith(PREFIX)) {
                return null;
            }
            String[] parts = phc.split("\\$", -1);
            if (parts.length != 6 || !parts[2].startsWith("v=")) {
                return null;
            }
            try {
                int version = Integer.parseInt(parts[2].substring(2));
                int memory = -1;
                int iterations = -1;
                int parallelism = -1;
                for (String pair : parts[3].split(",")) {
                    String[] kv = pair.split("=", 2);
                    if (kv.length != 2) {
                        return null;
                    }
                    switch (kv[0]) {
                        case "m" -> memory = Integer.parseInt(kv[1]);
                        case "t" -> iterations = Integer.parseInt(kv[1]);
                        case "p" -> parallelism = Integer.parseInt(kv[1]);
                        default -> {
                            return null;
                        }
                    }
                }
                Base64.Decoder decoder = Base64.getDecoder();
                int salt = decoder.decode(parts[4]).length;
                int hash = decoder.decode(parts[5]).length;
                if (memory < 0 || iterations < 0 || parallelism < 0) {
                    return null;
                }
                return new Parameters(version, memory, iterations, parallelism, salt, hash);
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
    }
}
