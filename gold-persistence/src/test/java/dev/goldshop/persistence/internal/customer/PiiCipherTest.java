package dev.goldshop.persistence.internal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.spi.KeyProvider;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** AES-GCM sealing of national ids and their blind index (SECURITY.md PII-01), without a database. */
class PiiCipherTest {
    private static byte[] key(int seed) {
        byte[] key = new byte[KeyProvider.KEY_BYTES];
        Arrays.fill(key, (byte) seed);
        return key;
    }

    private static PiiCipher cipher(KeyProvider keys) {
        PiiKeySlot slot = new PiiKeySlot();
        slot.install(keys);
        return new PiiCipher(slot);
    }

    private static final KeyProvider KEYS = KeyProvider.of("k1", Map.of("k1", key(1), "k2", key(2)), key(9));

    @Test
    void a_sealed_value_opens_again_and_holds_no_plaintext() {
        PiiCipher cipher = cipher(KEYS);
        UUID customer = UUID.randomUUID();

        PiiCipher.Sealed sealed = cipher.seal(customer, "AB-1234567");

        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(sealed.ciphertext()).doesNotContain("1234567");
        assertThat(Base64.getDecoder().decode(sealed.ciphertext())).hasSize(12 + "AB-1234567".length() + 16);
        assertThat(cipher.open(customer, "k1", sealed.ciphertext())).isEqualTo("AB-1234567");
    }

    @Test
    void no_iv_repeats_in_100000_encryptions() {
        PiiCipher cipher = cipher(KEYS);
        UUID customer = UUID.randomUUID();
        Set<ByteBuffer> ivs = new HashSet<>();

        for (int i = 0; i < 100_000; i++) {
            byte[] sealed = Base64.getDecoder().decode(cipher.seal(customer, "ID-" + (i % 10)).ciphertext());
            ivs.add(ByteBuffer.wrap(Arrays.copyOf(sealed, PiiCipher.IV_BYTES)));
        }

        assertThat(ivs).hasSize(100_000);
    }

    @Test
    void every_flipped_byte_fails_decryption() {
        PiiCipher cipher = cipher(KEYS);
        UUID customer = UUID.randomUUID();
        byte[] sealed = Base64.getDecoder().decode(cipher.seal(customer, "AB-1234567").ciphertext());

        for (int i = 0; i < sealed.length; i++) {
            byte[] flipped = sealed.clone();
            flipped[i] ^= 0x01;
            String text = Base64.getEncoder().encodeToString(flipped);
            assertThatThrownBy(() -> cipher.open(customer, "k1", text)).as("byte " + i)
                    .isInstanceOf(StorageException.class).hasMessageContaining("failed authentication");
        }
    }

    @Test
    void a_ciphertext_moved_to_another_customer_or_relabelled_with_another_key_fails() {
        PiiCipher cipher = cipher(KEYS);
        UUID owner = UUID.randomUUID();
        String sealed = cipher.seal(owner, "AB-1234567").ciphertext();

        assertThatThrownBy(() -> cipher.open(UUID.randomUUID(), "k1", sealed)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> cipher.open(owner, "k2", sealed)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> cipher.open(owner, "k9", sealed)).isInstanceOf(StorageException.class)
                .hasMessageContaining("no longer has");
    }

    @Test
    void the_blind_index_is_equal_for_equal_ids_and_depends_on_its_key() {
        PiiCipher one = cipher(KEYS);
        PiiCipher other = cipher(KeyProvider.of("k1", Map.of("k1", key(1)), key(8)));

        assertThat(one.blindIndex(NationalIds.canonical("ab-123 456"))).isEqualTo(one.blindIndex("AB123456"))
                .hasSize(64).doesNotContain("123456");
        assertThat(one.blindIndex("AB123456")).isNotEqualTo(other.blindIndex("AB123456"));
        assertThat(one.blindIndex("AB123456")).isNotEqualTo(one.blindIndex("AB123457"));
    }

    @Test
    void without_a_key_provider_sealing_and_indexing_fail_with_what_to_do() {
        PiiCipher cipher = new PiiCipher(new PiiKeySlot());

        assertThatThrownBy(() -> cipher.seal(UUID.randomUUID(), "AB-1"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("PiiKeyInstaller");
        assertThatThrownBy(() -> cipher.blindIndex("AB1")).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void a_provider_is_installed_once_and_keys_are_checked_when_the_provider_is_made() {
        PiiKeySlot slot = new PiiKeySlot();
        slot.install(KEYS);
        assertThatThrownBy(() -> slot.install(KEYS)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> KeyProvider.of("k1", Map.of("k1", new byte[16]), key(9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> KeyProvider.of("k2", Map.of("k1", key(1)), key(9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("current key id");
        assertThatThrownBy(() -> KeyProvider.of("k1", Map.of("k1", key(1)), key(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ");
        assertThatThrownBy(() -> KeyProvider.of("bad id!", Map.of("bad id!", key(1)), key(9)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
