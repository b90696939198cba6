package dev.goldshop.persistence.security.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import dev.goldshop.persistence.internal.security.Argon2PasswordHasher;
import dev.goldshop.persistence.internal.security.PasswordHasher;
import dev.goldshop.persistence.internal.security.PasswordPolicy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** SECURITY.md AUTH-01 and AUTH-02: Argon2id at or above the floor, salted, upgradeable. */
class Argon2PasswordHasherTest {
    private final PasswordHasher hasher = new Argon2PasswordHasher();

    /** The parameters of a PHC string, parsed independently of the code under test. */
    record Phc(String algorithm, int version, int memoryKib, int iterations, int parallelism, int saltBytes,
            int hashBytes) {
        static Phc parse(String phc) {
            String[] parts = phc.split("\\$");
            assertThat(parts).as("PHC string %s", phc).hasSize(6);
            String[] params = parts[3].split(",");
            return new Phc(parts[1], Integer.parseInt(parts[2].substring("v=".length())),
                    Integer.parseInt(params[0].substring("m=".length())),
                    Integer.parseInt(params[1].substring("t=".length())),
                    Integer.parseInt(params[2].substring("p=".length())),
                    Base64.getDecoder().decode(parts[4]).length, Base64.getDecoder().decode(parts[5]).length);
        }
    }

    @Test
    void a_hash_is_argon2id_at_or_above_the_owasp_floor() {
        Phc phc = Phc.parse(hasher.hash("a perfectly fine passphrase".toCharArray()));
        assertThat(phc.algorithm()).isEqualTo("argon2id");
        assertThat(phc.version()).isEqualTo(19);
        assertThat(phc.memoryKib()).isGreaterThanOrEqualTo(19 * 1024);
        assertThat(phc.iterations()).isGreaterThanOrEqualTo(2);
        assertThat(phc.parallelism()).isEqualTo(1);
        assertThat(phc.saltBytes()).isGreaterThanOrEqualTo(16);
        assertThat(phc.hashBytes()).isEqualTo(32);
    }

    @Test
    void the_same_password_twice_gives_different_salts_and_hashes() {
        String first = hasher.hash("the very same password".toCharArray());
        String second = hasher.hash("the very same password".toCharArray());
        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
        assertThat(hasher.verify("the very same password".toCharArray(), first)).isTrue();
        assertThat(hasher.verify("the very same password".toCharArray(), second)).isTrue();
    }

    @Test
    void a_weak_stored_hash_needs_rehash_and_still_verifies() {
        String weak = Argon2Function.getInstance(1024, 1, 1, 32, Argon2.ID, 19)
                .hash("old weak hash".getBytes(StandardCharsets.UTF_8), new byte[16]).getResult();
        assertThat(weak).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(hasher.needsRehash(weak)).isTrue();
        assertThat(hasher.verify("old weak hash".toCharArray(), weak)).isTrue();
        assertThat(hasher.verify("old weak hasH".toCharArray(), weak)).isFalse();
    }

    @Test
    void a_policy_hash_needs_no_rehash() {
        assertThat(hasher.needsRehash(hasher.hash("a perfectly fine passphrase".toCharArray()))).isFalse();
    }

    @Test
    void other_algorithms_lower_parameters_and_garbage_need_rehash() {
        String argon2i = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.I, 19)
                .hash("x".getBytes(StandardCharsets.UTF_8), new byte[16]).getResult();
        String oneIteration = Argon2Function.getInstance(19456, 1, 1, 32, Argon2.ID, 19)
                .hash("x".getBytes(StandardCharsets.UTF_8), new byte[16]).getResult();
        String shortSalt = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID, 19)
                .hash("x".getBytes(StandardCharsets.UTF_8), new byte[8]).getResult();
        for (String stored : List.of(argon2i, oneIteration, shortSalt,
                "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", "", "plain text",
                "$argon2id$v=19$m=abc,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA")) {
            assertThat(hasher.needsRehash(stored)).as(stored).isTrue();
        }
        assertThat(hasher.needsRehash(null)).isTrue();
    }

    @Test
    void malformed_or_foreign_strings_never_verify() {
        char[] password = "whatever it is".toCharArray();
        assertThat(hasher.verify(password, null)).isFalse();
        assertThat(hasher.verify(password, "")).isFalse();
        assertThat(hasher.verify(password, "whatever it is")).isFalse();
        assertThat(hasher.verify(password, "$argon2id$v=19$garbage")).isFalse();
        assertThat(hasher.verify(null, hasher.hash(password))).isFalse();
    }

    @Test
    void a_lone_surrogate_is_refused_rather_than_replaced() {
        char[] broken = {'a', 'b', 'c', 'd', '\uD800', 'e', 'f', 'g', 'h'};
        char[] replaced = {'a', 'b', 'c', 'd', '?', 'e', 'f', 'g', 'h'};
        assertThatThrownBy(() -> hasher.hash(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("surrogate");
        assertThat(hasher.verify(broken, hasher.hash(replaced))).isFalse();
    }

    @Test
    void nothing_is_truncated_passwords_differing_only_at_the_end_of_128_do_not_match() {
        String prefix = "x".repeat(127);
        String stored = hasher.hash((prefix + "a").toCharArray());
        assertThat(hasher.verify((prefix + "b").toCharArray(), stored)).isFalse();
        assertThat(hasher.verify((prefix + "A").toCharArray(), stored)).as("no case folding").isFalse();
    }

    @Test
    void the_dummy_check_costs_about_as_much_as_a_real_one() {
        String stored = hasher.hash("the real password".toCharArray());
        hasher.verify("warm up".toCharArray(), stored);
        hasher.verifyDummy("warm up".toCharArray());
        long real = 0;
        long dummy = 0;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            hasher.verify("a wrong password".toCharArray(), stored);
            real += System.nanoTime() - start;
            start = System.nanoTime();
            hasher.verifyDummy("a wrong password".toCharArray());
            dummy += System.nanoTime() - start;
        }
        // Not an exact timing claim (the machine is shared): the dummy does the same Argon2 work,
        // so it is never the microseconds an early return would take.
        assertThat(dummy).isGreaterThan(real / 3);
    }

    @Property(tries = 25)
    void any_unicode_password_of_8_to_128_code_points_round_trips(@ForAll("passwords") String password,
            @ForAll("passwords") String other) {
        String stored = hasher.hash(password.toCharArray());
        assertThat(hasher.verify(password.toCharArray(), stored)).isTrue();
        if (!other.equals(password)) {
            assertThat(hasher.verify(other.toCharArray(), stored)).isFalse();
        }
    }

    @Provide
    Arbitrary<String> passwords() {
        Arbitrary<Integer> codePoint = Arbitraries.integers().between(1, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
        return codePoint.list().ofMinSize(PasswordPolicy.MIN_LENGTH).ofMaxSize(PasswordPolicy.MAX_LENGTH)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()))
                .filter(text -> PasswordPolicy.check("password", text.toCharArray(), null, null).isEmpty());
    }
}
