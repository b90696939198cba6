package dev.goldshop.media.internal;

import dev.goldshop.core.error.AuthenticationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring tokens for serving a stored file over HTTP without a database read: the
 * token carries the path, type and expiry, and an HMAC-SHA256 over them with the module's key.
 */
final class UrlSigner {
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final String VERSION = "v1";

    private final byte[] key;

    UrlSigner(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the URL signing key must have at least 32 bytes");
        }
        this.key = key.clone();
    }

    /**
     * What a token grants.
     *
     * @param path the file's relative path
     * @param mimeType its type
     * @param fileName its download name
     * @param expiresAt when the token stops working
     */
    record Grant(String path, String mimeType, String fileName, Instant expiresAt) {
    }

    String sign(Grant grant) {
        String payload = String.join("\n", VERSION, grant.path(), grant.mimeType(), grant.fileName(),
                Long.toString(grant.expiresAt().getEpochSecond()));
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(body) + "." + ENCODE.encodeToString(mac(body));
    }

    Grant verify(String token, Instant now) {
        if (token == null || token.length() > 4096) {
            throw invalid();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw invalid();
        }
        byte[] body;
        byte[] signature;
        try {
            body = DECODE.decode(token.substring(0, dot));
            signature = DECODE.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(mac(body), signature)) {
            throw invalid();
        }
        String[] parts = new String(body, StandardCharsets.UTF_8).split("\n", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw invalid();
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[4]));
        if (!now.isBefore(expiresAt)) {
            throw new AuthenticationException("the media link expired at " + expiresAt);
        }
        return new Grant(parts[1], parts[2], parts[3], expiresAt);
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    private static AuthenticationException invalid() {
        return new AuthenticationException("the media link is not valid");
    }
}
