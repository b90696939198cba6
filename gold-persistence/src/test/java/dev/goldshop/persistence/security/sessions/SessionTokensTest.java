package dev.goldshop.persistence.security.sessions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.goldshop.persistence.internal.security.SessionTokens;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SECURITY.md SES-01 and SES-02: token entropy, uniqueness, shape, and what token code may use. */
class SessionTokensTest {

    @Test
    void a_hundred_thousand_tokens_are_distinct_and_each_carries_at_least_sixteen_random_bytes() {
        SessionTokens tokens = new SessionTokens();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String token = tokens.newToken();
            assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);
            assertThat(seen.add(token)).as("token %d is new", i).isTrue();
        }
        assertThat(seen).hasSize(100_000);
    }

    @Test
    void a_token_is_base64url_and_not_a_uuid() {
        String token = new SessionTokens().newToken();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(SessionTokens.TOKEN_BYTES);
        assertThat(token).doesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void the_digest_is_sha256_hex_and_is_itself_not_a_well_formed_token() {
        String token = new SessionTokens().newToken();
        String digest = SessionTokens.digest(token);
        assertThat(digest).matches("[0-9a-f]{64}").isNotEqualTo(token);
        assertThat(SessionTokens.digest(token)).isEqualTo(digest);
        assertThat(SessionTokens.isWellFormed(token)).isTrue();
        assertThat(SessionTokens.isWellFormed(digest)).isFalse();
        assertThat(SessionTokens.isWellFormed(null)).isFalse();
        assertThat(SessionTokens.isWellFormed(token + "=")).isFalse();
    }

    @Test
    void token_code_uses_no_predictable_randomness_and_no_uuid() {
        JavaClasses classes = new ClassFileImporter().importClasses(SessionTokens.class);
        ArchRule rule = noClasses().that().haveFullyQualifiedName(SessionTokens.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.UUID")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.SplittableRandom")
                .orShould().callMethod(Math.class, "random");
        rule.check(classes);
    }

    @Test
    void the_architecture_rule_would_catch_a_token_made_from_a_uuid() {
        JavaClasses classes = new ClassFileImporter().importClasses(UuidTokens.class);
        ArchRule rule = noClasses().that().haveFullyQualifiedName(UuidTokens.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.UUID");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class);
    }

    /** What the rule must refuse. */
    static final class UuidTokens {
        String newToken() {
            return java.util.UUID.randomUUID().toString();
        }
    }
}
