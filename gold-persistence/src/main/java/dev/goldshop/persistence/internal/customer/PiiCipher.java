package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.spi.KeyProvider;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts national ids with AES-256-GCM (SECURITY.md PII-01) and computes their blind index
 * with HMAC-SHA256, under the host's {@link KeyProvider}.
 *
 * <p>Each encryption draws a fresh 96-bit IV from {@link SecureRandom}: with random IVs the
 * chance of a repeat under one key stays negligible (below 2^-32) up to 2^32 encryptions, far
 * beyond a shop's customers, and rotation resets the count. The customer's id and the key id
 * are authenticated with the ciphertext (GCM's additional data), so a ciphertext copied onto
 * another customer's row, or relabelled with another key id, fails to decrypt instead of
 * revealing the wrong person's id.
 */
public final class PiiCipher {
    /** IV length in bytes: 96 bits, GCM's native size. */
    static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String CONTEXT = "goldshop.customer.national_id.v1";

    private final PiiKeySlot keys;
    private final SecureRandom random = new SecureRandom();

    PiiCipher(PiiKeySlot keys) {
        this.keys = keys;
    }

    /**
     * A ciphertext and the key it was made with.
     *
     * @param keyId the key's id
     * @param ciphertext base64 of IV, ciphertext and tag
     */
    record Sealed(String keyId, String ciphertext) {
    }

    /**
     * Encrypts with the current key.
     *
     * @param customerId the row it will be stored in
     * @param plaintext the national id as typed
     * @return the sealed value
     */
    Sealed seal(UUID customerId, String plaintext) {
        KeyProvider provider = keys.require("Storing a national id");
        String keyId = provider.currentKeyId();
        byte[] key = provider.encryptionKey(keyId);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(customerId, keyId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return new Sealed(keyId, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new StorageException(ErrorCode.INTERNAL, "the JVM could not encrypt with AES-GCM: " + e.getMessage(), e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Decrypts a stored national id.
     *
     * @param customerId the row it was read from
     * @param keyId the key id stored with it
     * @param ciphertext the stored base64 text
     * @return the national id as typed
     * @throws StorageException if authentication fails (the value was altered, moved from
     *     another row, or the key is not the one it was sealed with)
     */
    String open(UUID customerId, String keyId, String ciphertext) {
        KeyProvider provider = keys.require("Reading a national id unmasked");
        byte[] key;
        try {
            key = provider.encryptionKey(keyId);
        } catch (IllegalArgumentException e) {
            throw new StorageException(ErrorCode.INTERNAL, "the national id of customer " + customerId
                    + " was encrypted with key '" + keyId + "', which the KeyProvider no longer has", e);
        }
        try {
            byte[] in = Base64.getDecoder().decode(ciphertext);
            if (in.length < IV_BYTES + TAG_BITS / 8) {
                throw new AEADBadTagException("too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(associatedData(customerId, keyId));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new StorageException(ErrorCode.INTERNAL, "the national id of customer " + customerId
                    + " failed authentication: the stored value was altered or belongs to another row", e);
        } catch (GeneralSecurityException e) {
            throw new StorageException(ErrorCode.INTERNAL, "the JVM could not decrypt with AES-GCM: " + e.getMessage(), e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * The blind index of a canonical national id: equal ids give equal indexes, and without
     * the key the index reveals nothing (not even to a dictionary of likely ids).
     *
     * @param canonical the canonical form ({@link NationalIds#canonical})
     * @return 64 hex digits
     */
    String blindIndex(String canonical) {
        KeyProvider provider = keys.require("Looking up a national id");
        byte[] key = provider.blindIndexKey();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((CONTEXT + "|").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new StorageException(ErrorCode.INTERNAL, "the JVM could not compute HMAC-SHA256: " + e.getMessage(), e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * The id of the key new values are sealed with.
     *
     * @return the current key id
     */
    String currentKeyId() {
        return keys.require("Rotating keys").currentKeyId();
    }

    private static byte[] associatedData(UUID customerId, String keyId) {
        return (CONTEXT + "|" + customerId + "|" + keyId).getBytes(StandardCharsets.UTF_8);
    }
}
