package dev.goldshop.core.spi;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The keys that protect personal identifiers (SECURITY.md PII-01): the host keeps them (in a
 * vault, a KMS, a sealed file), never the database. The SDK encrypts national ids with AES-256-GCM
 * under the key named by {@link #currentKeyId()} and stores that id beside each ciphertext, so
 * that older rows stay readable after the host adds a new key and until
 * {@code CustomerProfiles.rotatePiiKeys} has re-encrypted them. Equality lookups (duplicate
 * checks, search by national id) use an HMAC-SHA256 "blind index" under {@link #blindIndexKey()}.
 *
 * <p>Implementations must be thread-safe and fast: the SDK asks for keys on every encryption.
 * A host that keeps keys in a remote KMS caches them in memory. Keys are returned as fresh
 * arrays that the SDK may clear after use.
 */
public interface KeyProvider {

    /** The length of every key, in bytes (256 bits). */
    int KEY_BYTES = 32;

    /**
     * The id of the key new ciphertexts are written with.
     *
     * @return a key id of 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}
     */
    String currentKeyId();

    /**
     * The AES-256 key with an id, current or retired.
     *
     * @param keyId an id returned by {@link #currentKeyId()} now or earlier
     * @return the key's {@value #KEY_BYTES} bytes, as a new array
     * @throws IllegalArgumentException if the provider does not know the id (a retired key was
     *     dropped before rotation finished)
     */
    byte[] encryptionKey(String keyId);

    /**
     * The HMAC-SHA256 key of the blind index. It should not change; if it must, change it and
     * run {@code rotatePiiKeys} at once, which recomputes the index of every row (until then,
     * lookups miss the rows not yet re-indexed).
     *
     * @return the key's {@value #KEY_BYTES} bytes, as a new array
     */
    byte[] blindIndexKey();

    /**
     * A provider over keys the host already holds in memory, for example loaded from its vault
     * at start; also what tests and demos use.
     *
     * @param currentKeyId the id to encrypt with; must be one of {@code keys}
     * @param keys every key by id, {@value #KEY_BYTES} bytes each (copied)
     * @param blindIndexKey the blind-index key, {@value #KEY_BYTES} bytes (copied)
     * @return the provider
     * @throws IllegalArgumentException if an id is malformed, a key has the wrong length, the
     *     current id has no key, or the blind-index key equals an encryption key
     */
    static KeyProvider of(String currentKeyId, Map<String, byte[]> keys, byte[] blindIndexKey) {
        Objects.requireNonNull(keys, "keys");
        Map<String, byte[]> copies = new HashMap<>();
        keys.forEach((id, key) -> copies.put(checkId(id), checkKey("key " + id, key)));
        if (!copies.containsKey(checkId(currentKeyId))) {
            throw new IllegalArgumentException("the current key id '" + currentKeyId + "' has no key; known ids: "
                    + copies.keySet());
        }
        byte[] indexKey = checkKey("the blind-index key", blindIndexKey);
        for (byte[] key : copies.values()) {
            if (Arrays.equals(key, indexKey)) {
                throw new IllegalArgumentException("the blind-index key must differ from every encryption key");
            }
        }
        return new KeyProvider() {
            @Override
            public String currentKeyId() {
                return currentKeyId;
            }

            @Override
            public byte[] encryptionKey(String keyId) {
                byte[] key = copies.get(keyId);
                if (key == null) {
                    throw new IllegalArgumentException("no key with id '" + keyId + "'; known ids: " + copies.keySet());
                }
                return key.clone();
            }

            @Override
            public byte[] blindIndexKey() {
                return indexKey.clone();
            }

            @Override
            public String toString() {
                return "KeyProvider[current=" + currentKeyId + ", ids=" + copies.keySet() + "]";
            }
        };
    }

    private static String checkId(String keyId) {
        if (keyId == null || !keyId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a key id is 1 to 64 letters, digits, '.', '_' or '-', got '"
                    + keyId + "'");
        }
        return keyId;
    }

    private static byte[] checkKey(String what, byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException(what + " must be " + KEY_BYTES + " bytes (256 bits), got "
                    + (key == null ? "none" : key.length + " bytes"));
        }
        return key.clone();
    }

}
