package dev.goldshop.persistence.security.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.goldshop.core.error.AuthenticationException;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.PasswordResetToken;
import dev.goldshop.core.security.User;
import dev.goldshop.persistence.internal.security.Argon2PasswordHasher;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SECURITY.md AUTH-06 and SES-05: reset tokens come from a CSPRNG, are stored only as a hash,
 * work once, expire on the engine's clock, and a reset ends every session of the user.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordResetTest {
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();
    private SecurityBed bed;

    @BeforeAll
    void start(TestDatabase db) {
        bed = new SecurityBed(db);
    }

    @AfterAll
    void stop() {
        bed.close();
    }

    @Test
    void a_token_resets_the_password_once_ends_every_session_and_is_stored_only_as_its_hash() throws Exception {
        User user = bed.user("forgotten passphrase");
        UUID session = bed.session(user.id());
        Set<UUID> audit = bed.auditIds();
        PasswordResetToken issued = bed.users.requestPasswordReset(bed.owner, user.id());
        assertThat(issued.userId()).isEqualTo(user.id());
        assertThat(issued.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(issued.expiresAt()).isEqualTo(bed.clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(issued.toString()).doesNotContain(issued.token());
        bed.oneAuditRow(audit, "password_reset_request", "user", user.id(), "success");
        assertThat(bed.tablesContaining(issued.token())).isEmpty();
        assertThat(bed.strings("SELECT token_hash FROM password_reset_tokens WHERE user_id = '" + user.id() + "'"))
                .containsExactly(sha256(issued.token()));

        audit = bed.auditIds();
        bed.users.resetPassword(issued.token(), "canary-reset-44e0".toCharArray(), "198.51.100.7", "reset-agent");
        SecurityBed.AuditLine line = bed.oneAuditRow(audit, "password_reset", "user", user.id(), "success");
        assertThat(line.userId()).isEqualTo(user.id());
        assertThat(line.wholeRow()).contains("198.51.100.7").doesNotContain(issued.token());
        assertThat(hasher.verify("canary-reset-44e0".toCharArray(), bed.storedHash(user.id()))).isTrue();
        assertThat(bed.sessionActive(session)).isFalse();
        assertThat(bed.tablesContaining("canary-reset-44e0")).isEmpty();

        Map<String, Long> before = bed.rowCounts();
        audit = bed.auditIds();
        assertThatThrownBy(() -> bed.users.resetPassword(issued.token(), "a second new passphrase".toCharArray(),
                null, null)).isInstanceOf(AuthenticationException.class).hasMessageContaining("already used");
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        bed.oneAuditRow(audit, "password_reset", "user", null, "failure");
        assertThat(hasher.verify("canary-reset-44e0".toCharArray(), bed.storedHash(user.id()))).isTrue();
    }

    @Test
    void a_token_works_until_it_expires_on_the_engines_clock_and_not_after() throws Exception {
        User user = bed.user("expiring passphrase");
        PasswordResetToken early = bed.users.requestPasswordReset(bed.owner, user.id());
        bed.clock.advance(Duration.ofMinutes(29));
        bed.users.resetPassword(early.token(), "reset in time passphrase".toCharArray(), null, null);

        PasswordResetToken late = bed.users.requestPasswordReset(bed.owner, user.id());
        bed.clock.advance(Duration.ofMinutes(31));
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.users.resetPassword(late.token(), "too late passphrase".toCharArray(), null,
                null)).isInstanceOf(AuthenticationException.class).hasMessageContaining("expired");
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        assertThat(hasher.verify("reset in time passphrase".toCharArray(), bed.storedHash(user.id()))).isTrue();
    }

    @Test
    void the_lifetime_follows_the_shops_setting() throws Exception {
        User user = bed.user("setting passphrase");
        bed.execute("INSERT INTO company_settings (id, shop_name, currency, password_reset_token_minutes)"
                + " VALUES (1, 'Test Shop', 'USD', 10)"
                + " ON CONFLICT (id) DO UPDATE SET password_reset_token_minutes = 10");
        try {
            PasswordResetToken token = bed.users.requestPasswordReset(bed.owner, user.id());
            assertThat(token.expiresAt()).isEqualTo(bed.clock.instant().plus(Duration.ofMinutes(10)));
        } finally {
            bed.execute("UPDATE company_settings SET password_reset_token_minutes = 30");
        }
    }

    @Test
    void the_stored_hash_or_a_made_up_token_does_not_work_as_a_token() throws Exception {
        User user = bed.user("hash as token passphrase");
        PasswordResetToken issued = bed.users.requestPasswordReset(bed.owner, user.id());
        for (String wrong : List.of(sha256(issued.token()), issued.token().substring(1) + "A",
                "x".repeat(43), "", "not a token at all")) {
            assertThatThrownBy(() -> bed.users.resetPassword(wrong, "a new passphrase here".toCharArray(), null,
                    null)).as(wrong).isInstanceOf(AuthenticationException.class);
        }
        assertThatThrownBy(() -> bed.users.resetPassword(null, "a new passphrase here".toCharArray(), null, null))
                .isInstanceOf(AuthenticationException.class);
        bed.users.resetPassword(issued.token(), "a new passphrase here".toCharArray(), null, null);
    }

    @Test
    void a_new_request_makes_the_earlier_token_useless() throws Exception {
        User user = bed.user("twice requested passphrase");
        PasswordResetToken first = bed.users.requestPasswordReset(bed.owner, user.id());
        PasswordResetToken second = bed.users.requestPasswordReset(bed.owner, user.id());
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThatThrownBy(() -> bed.users.resetPassword(first.token(), "from the first token".toCharArray(), null,
                null)).isInstanceOf(AuthenticationException.class);
        bed.users.resetPassword(second.token(), "from the second token".toCharArray(), null, null);
    }

    @Test
    void a_refused_new_password_writes_nothing_and_leaves_the_token_usable() throws Exception {
        User user = bed.user("policy passphrase");
        PasswordResetToken issued = bed.users.requestPasswordReset(bed.owner, user.id());
        Map<String, Long> before = bed.rowCounts();
        ValidationException weak = assertThrows(ValidationException.class,
                () -> bed.users.resetPassword(issued.token(), "Password123".toCharArray(), null, null));
        assertThat(weak.fieldErrors().get(0).field()).isEqualTo("newPassword");
        assertThat(weak.fieldErrors().get(0).rejectedValue()).isNull();
        assertThat(byName(weak)).doesNotContain("Password123");
        assertThrows(ValidationException.class,
                () -> bed.users.resetPassword(issued.token(), user.username().toCharArray(), null, null));
        assertThrows(ValidationException.class, () -> bed.users.resetPassword(issued.token(), null, null, null));
        assertThat(bed.changedSince(before)).isEmpty();
        bed.users.resetPassword(issued.token(), "a policy compliant passphrase".toCharArray(), null, null);
    }

    @Test
    void a_reset_lifts_a_sign_in_lock_out() throws Exception {
        User user = bed.user("locked passphrase");
        bed.execute("UPDATE users SET failed_login_count = 5, failed_login_window_start = now(),"
                + " locked_until = now() + interval '15 minutes' WHERE id = ?", user.id());
        bed.users.resetPassword(bed.users.requestPasswordReset(bed.owner, user.id()).token(),
                "unlocked passphrase".toCharArray(), null, null);
        assertThat(bed.strings("SELECT failed_login_count || ',' || coalesce(locked_until::text, 'none')"
                + " FROM users WHERE id = '" + user.id() + "'")).containsExactly("0,none");
    }

    @Test
    void only_an_existing_active_user_gets_a_token_and_a_deactivated_users_token_stops_working() throws Exception {
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.users.requestPasswordReset(bed.owner, UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();
        User user = bed.user("deactivated reset passphrase");
        PasswordResetToken issued = bed.users.requestPasswordReset(bed.owner, user.id());
        User inactive = bed.users.deactivate(bed.owner, user.id(), user.version());
        assertThatThrownBy(() -> bed.users.requestPasswordReset(bed.owner, user.id()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("deactivated");
        assertThatThrownBy(() -> bed.users.resetPassword(issued.token(), "a new passphrase here".toCharArray(), null,
                null)).isInstanceOf(AuthenticationException.class);
        bed.users.reactivate(bed.owner, user.id(), inactive.version());
    }

    @Test
    void of_eight_concurrent_uses_of_one_token_exactly_one_succeeds() throws Exception {
        User user = bed.user("raced passphrase");
        PasswordResetToken issued = bed.users.requestPasswordReset(bed.owner, user.id());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String password = "raced new passphrase " + i;
                Callable<String> attempt = () -> {
                    start.await();
                    bed.users.resetPassword(issued.token(), password.toCharArray(), null, null);
                    return password;
                };
                attempts.add(pool.submit(attempt));
            }
            start.countDown();
            List<String> winners = new ArrayList<>();
            for (Future<String> attempt : attempts) {
                try {
                    winners.add(attempt.get());
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(AuthenticationException.class);
                }
            }
            assertThat(winners).hasSize(1);
            assertThat(hasher.verify(winners.get(0).toCharArray(), bed.storedHash(user.id()))).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    private static String byName(ValidationException e) {
        return e.getMessage() + e.fieldErrors();
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
