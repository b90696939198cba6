package dev.goldshop.persistence.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Random secrets from {@link SecureRandom}: reset tokens (256 bits, stored only as SHA-256)
 * and generated passwords.
 */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** No look-alikes (0/O, 1/l/I), so the owner can type what they were shown. */
    private static final char[] PASSWORD_ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    /** 24 characters of a 56-letter alphabet: about 139 bits. */
    private static final int PASSWORD_LENGTH = 24;

    private Secrets() {
    }

    /**
     * A new token: 32 random bytes, URL-safe Base64 without padding (43 characters).
     *
     * @return the token
     */
    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Whether text has the shape of a token; anything else is refused before any lookup.
     *
     * @param token the text
     * @return true if it could be a token
     */
    static boolean looksLikeToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /**
     * The stored form of a token.
     *
     * @param token the token
     * @return lower-case hex SHA-256
     */
    static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * A strong password for the owner of a new shop.
     *
     * @return the password; the receiver clears it
     */
    static char[] newPassword() {
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET[RANDOM.nextInt(PASSWORD_ALPHABET.length)];
        }
        return password;
    }
}
