package dev.goldshop.persistence.security.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.persistence.internal.security.PasswordPolicy;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SECURITY.md AUTH-03: length in code points, no composition rules, a shipped common list. */
class PasswordPolicyTest {

    private static Optional<FieldError> check(String password) {
        return PasswordPolicy.check("password", password.toCharArray(), "maria.k", "maria@example.com");
    }

    @Test
    void eight_to_128_code_points_are_accepted_with_no_composition_rules() {
        assertThat(check("abcdefgh")).as("8 lower-case letters, no digit or symbol").isEmpty();
        assertThat(check("x".repeat(128))).isEmpty();
        assertThat(check("correct horse battery staple")).as("spaces").isEmpty();
        assertThat(check("пароль-золото")).as("Cyrillic").isEmpty();
    }

    @Test
    void seven_or_129_code_points_are_refused_and_emoji_count_as_one() {
        assertThat(check("abcdefg")).isPresent();
        assertThat(check("x".repeat(129))).isPresent();
        String eightEmoji = "💍💍💍💍💍💍💍💍";
        assertThat(eightEmoji.length()).as("UTF-16 units").isEqualTo(16);
        assertThat(check(eightEmoji)).as("8 code points").isEmpty();
        assertThat(check("💍💍💍💍💍💍💍")).as("7 code points, 14 units").isPresent();
        assertThat(check("💍".repeat(128))).as("128 code points, 256 units").isEmpty();
    }

    @Test
    void a_common_password_is_refused_whatever_its_case() throws Exception {
        assertThat(firstLinesOfTheList()).contains("password123");
        assertThat(check("password123")).isPresent();
        assertThat(check("PassWord123")).isPresent();
        assertThat(check("password123").get().message()).contains("most common");
        assertThat(PasswordPolicy.isCommon("QWERTYUIOP".toCharArray())).isTrue();
        assertThat(PasswordPolicy.isCommon("gold owner passphrase 2024".toCharArray())).isFalse();
    }

    @Test
    void the_shipped_list_holds_ten_thousand_passwords_and_more_than_3000_long_enough_to_matter() throws Exception {
        assertThat(PasswordPolicy.commonPasswordCount()).isEqualTo(10_000);
        long eligible = firstLinesOfTheList().stream().filter(p -> p.length() >= PasswordPolicy.MIN_LENGTH).count();
        assertThat(eligible).isGreaterThanOrEqualTo(3_000);
    }

    @Test
    void the_username_or_email_as_password_is_refused_ignoring_case() {
        assertThat(PasswordPolicy.check("password", "Maria.K.2024".toCharArray(), "maria.k.2024", null)).isPresent();
        assertThat(PasswordPolicy.check("password", "MARIA@example.com".toCharArray(), "m", "maria@example.com"))
                .isPresent();
    }

    @Test
    void a_refusal_never_repeats_the_password_and_says_what_is_accepted() {
        ValidationException refused = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> PasswordPolicy.require("newPassword", "short1".toCharArray(), null, null));
        FieldError error = refused.fieldErrors().get(0);
        assertThat(error.field()).isEqualTo("newPassword");
        assertThat(error.rejectedValue()).isNull();
        assertThat(error.message()).contains("8 to 128 characters").doesNotContain("short1");
        assertThat(refused.getMessage()).doesNotContain("short1");
    }

    @Test
    void a_lone_surrogate_is_refused_and_null_is_required() {
        assertThat(PasswordPolicy.check("password", new char[] {'a', 'b', 'c', 'd', 'e', 'f', 'g', '\uDC00'},
                null, null)).isPresent();
        assertThat(PasswordPolicy.check("password", null, null, null).get().message()).contains("required");
        assertThatThrownBy(() -> PasswordPolicy.require("password", null, null, null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void the_check_leaves_the_callers_array_untouched() {
        char[] password = "Leave Me As I Am 1".toCharArray();
        PasswordPolicy.check("password", password, null, null);
        assertThat(new String(password)).isEqualTo("Leave Me As I Am 1");
    }

    private static List<String> firstLinesOfTheList() throws Exception {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PasswordPolicyTest.class.getResourceAsStream("/dev/goldshop/security/common-passwords.txt"),
                StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().toList();
            assertThat(lines.get(0)).startsWith("# Top 10,000 of the zxcvbn password frequency list");
            return lines.subList(1, lines.size());
        }
    }
}
