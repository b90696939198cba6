package dev.goldshop.persistence.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Session tokens (SECURITY.md SES-01, SES-02): 32 bytes from {@link SecureRandom} (256 bits, well
 * above the 128 required), written base64url without padding, and the SHA-256 hex digest that
 * is all the database ever holds. Nothing here may use {@code java.util.Random} or {@code UUID};
 * an architecture test keeps it so.
 */
public final class SessionTokens {
    /** Random bytes per token. */
    public static final int TOKEN_BYTES = 32;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();
    private final Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();

    /**
     * A new token.
     *
     * @return 43 base64url characters
     */
    public String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return encoder.encodeToString(bytes);
    }

    /**
     * Whether a text has the shape of a token. Anything else is refused before the database is
     * asked, which also keeps a stored digest (64 hex characters) from ever being tried as a token.
     *
     * @param token the text, or null
     * @return true for 43 base64url characters
     */
    public static boolean isWellFormed(String token) {
        return token != null && WELL_FORMED.matcher(token).matches();
    }

    /**
     * The digest stored for a token. Unsalted on purpose: the token has 256 random bits, so no
     * dictionary can reach it, and lookup by digest needs it to be deterministic.
     *
     * @param token the token
     * @return 64 lower-case hex characters
     */
    public static String digest(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
