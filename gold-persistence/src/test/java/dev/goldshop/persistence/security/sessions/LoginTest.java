package dev.goldshop.persistence.security.sessions;

import static dev.goldshop.persistence.security.sessions.SessionBed.PASSWORD;
import static dev.goldshop.persistence.security.sessions.SessionBed.attempt;
import static dev.goldshop.persistence.security.sessions.SessionBed.nextIp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import dev.goldshop.core.error.AuthenticationException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.LoginRequest;
import dev.goldshop.core.security.LoginResult;
import dev.goldshop.core.security.SessionPrincipal;
import dev.goldshop.core.security.User;
import dev.goldshop.persistence.internal.security.Argon2PasswordHasher;
import dev.goldshop.persistence.internal.security.SessionTokens;
import dev.goldshop.persistence.security.sessions.SessionBed.AuditLine;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logging in: the token, the session row, refusals that say nothing, timing, re-hashing, audit. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginTest {
    private SessionBed bed;

    @BeforeAll
    void start(TestDatabase db) {
        bed = new SessionBed(db);
    }

    @AfterAll
    void stop() {
        bed.close();
    }

    @Test
    void a_login_opens_a_session_with_device_address_location_and_user_agent_and_returns_its_token_once()
            throws Exception {
        User cashier = bed.user();
        String ip = nextIp();
        LoginResult result = bed.auth.login(LoginRequest.of(cashier.username().toUpperCase(), PASSWORD.toCharArray(),
                ip, "Till/1.0", Map.of("device_id", "till-7", "os", "linux"), Map.of("city", "Leeds")));

        SessionPrincipal principal = result.principal();
        assertThat(principal.userId()).isEqualTo(cashier.id());
        assertThat(principal.username()).isEqualTo(cashier.username());
        assertThat(principal.expiresAt()).isEqualTo(bed.clock.instant().plus(Duration.ofHours(12)));
        assertThat(principal.callContext().actor().userId()).isEqualTo(cashier.id());
        assertThat(principal.callContext().sessionId()).isEqualTo(principal.sessionId());
        assertThat(principal.callContext().ipAddress()).isEqualTo(ip);
        assertThat(principal.callContext().userAgent()).isEqualTo("Till/1.0");
        assertThat(Base64Url.decode(result.token())).hasSize(32);
        assertThat(result.toString()).doesNotContain(result.token());

        UUID session = principal.sessionId();
        assertThat(bed.text("SELECT host(ip_address) FROM user_sessions WHERE id = ?", session)).isEqualTo(ip);
        assertThat(bed.text("SELECT device_info ->> 'device_id' FROM user_sessions WHERE id = ?", session))
                .isEqualTo("till-7");
        assertThat(bed.text("SELECT location_info ->> 'city' FROM user_sessions WHERE id = ?", session))
                .isEqualTo("Leeds");
        assertThat(bed.text("SELECT user_agent FROM user_sessions WHERE id = ?", session)).isEqualTo("Till/1.0");
        assertThat(bed.text("SELECT session_token FROM user_sessions WHERE id = ?", session))
                .isEqualTo(SessionTokens.digest(result.token()));
        assertThat(bed.auth.validate(result.token()).sessionId()).isEqualTo(session);
    }

    @Test
    void the_raw_token_is_nowhere_in_the_database_and_its_stored_digest_does_not_authenticate() throws Exception {
        User cashier = bed.user();
        LoginResult result = bed.login(cashier);
        String digest = bed.text("SELECT session_token FROM user_sessions WHERE id = ?", result.principal().sessionId());

        assertThat(bed.count("SELECT count(*) FROM pg_tables t WHERE schemaname = current_schema()")).isPositive();
        for (String table : tables()) {
            assertThat(bed.count("SELECT count(*) FROM \"" + table + "\" t WHERE strpos(t::text, ?) > 0",
                    result.token())).as("rows of %s holding the raw token", table).isZero();
        }
        AuthenticationException refused = catchThrowableOfType(() -> bed.auth.validate(digest),
                AuthenticationException.class);
        assertThat(refused.code()).isEqualTo(ErrorCode.AUTHENTICATION_FAILED);
    }

    @Test
    void every_login_opens_a_new_session_and_a_previous_token_given_at_login_stops_working() throws Exception {
        User cashier = bed.user();
        LoginResult first = bed.login(cashier);
        LoginResult second = bed.login(cashier);
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(second.principal().sessionId()).isNotEqualTo(first.principal().sessionId());
        assertThat(bed.auth.validate(first.token()).sessionId()).isEqualTo(first.principal().sessionId());

        LoginResult again = bed.auth.login(LoginRequest.of(cashier.username(), PASSWORD.toCharArray(),
                SessionBed.HOME_IP, "JUnit", SessionBed.HOME_DEVICE, null).withPreviousToken(first.token()));

        assertThat(again.token()).isNotEqualTo(first.token());
        assertThatThrownBy(() -> bed.auth.validate(first.token())).isInstanceOf(AuthenticationException.class);
        assertThat(bed.text("SELECT end_reason FROM user_sessions WHERE id = ?", first.principal().sessionId()))
                .isEqualTo("replaced");
        assertThat(bed.auth.validate(again.token()).userId()).isEqualTo(cashier.id());
    }

    @Test
    void an_unknown_user_a_wrong_password_a_locked_account_and_an_inactive_one_get_the_same_refusal()
            throws Exception {
        User wrong = bed.user();
        User locked = bed.user();
        User inactive = bed.user();
        bed.execute("UPDATE users SET locked_until = ? WHERE id = ?",
                SessionBed.at(bed.clock.instant().plus(Duration.ofMinutes(10))), locked.id());
        bed.users.deactivate(bed.owner, inactive.id(), inactive.version());

        List<AuthenticationException> refusals = List.of(
                refusal(attempt(SessionBed.unique("nobody"), PASSWORD, nextIp())),
                refusal(attempt(wrong.username(), "not the password at all", nextIp())),
                refusal(attempt(locked.username(), PASSWORD, nextIp())),
                refusal(attempt(inactive.username(), PASSWORD, nextIp())));

        for (AuthenticationException refusal : refusals) {
            assertThat(refusal.getClass()).isEqualTo(AuthenticationException.class);
            assertThat(refusal.code()).isEqualTo(ErrorCode.AUTHENTICATION_FAILED);
            assertThat(refusal.getMessage()).isEqualTo(refusals.get(0).getMessage());
            assertThat(refusal.getCause()).isNull();
        }
    }

    @Test
    void an_unknown_user_takes_about_as_long_as_a_wrong_password() throws Exception {
        bed.settings("lockout_threshold = 100");
        try {
            User known = bed.user();
            List<Long> unknown = new ArrayList<>();
            List<Long> wrong = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                refusal(attempt(SessionBed.unique("warm-up"), "wrong password!", nextIp()));
            }
            for (int i = 0; i < 50; i++) {
                unknown.add(timed(attempt(SessionBed.unique("ghost"), "wrong password!", nextIp())));
                wrong.add(timed(attempt(known.username(), "wrong password!", nextIp())));
            }
            double ratio = (double) median(unknown) / median(wrong);
            assertThat(ratio).as("median unknown-user time / median wrong-password time").isBetween(1 / 1.5, 1.5);
        } finally {
            bed.settings("lockout_threshold = 5");
        }
    }

    @Test
    void a_login_writes_one_audit_row_and_a_failed_one_one_failure_row_without_the_password() throws Exception {
        User cashier = bed.user();
        bed.login(cashier);

        Set<UUID> before = bed.auditIds();
        LoginResult ok = bed.login(cashier);
        AuditLine login = bed.oneAuditRow(before, "login", "success");
        assertThat(login.userId()).isEqualTo(cashier.id());
        assertThat(login.sessionId()).isEqualTo(ok.principal().sessionId());
        assertThat(login.resourceId()).isEqualTo(ok.principal().sessionId());
        assertThat(login.wholeRow()).doesNotContain(ok.token())
                .doesNotContain(SessionTokens.digest(ok.token())).doesNotContain("$argon2");

        before = bed.auditIds();
        refusal(attempt(cashier.username(), "a wrong guess 123", nextIp()));
        AuditLine failed = bed.oneAuditRow(before, "login_failed", "failure");
        assertThat(failed.userId()).isEqualTo(cashier.id());
        assertThat(failed.resourceId()).isEqualTo(cashier.id());
        assertThat(failed.context()).contains("bad_password");
        assertThat(failed.wholeRow()).doesNotContain("a wrong guess 123");

        before = bed.auditIds();
        String ghost = SessionBed.unique("ghost");
        refusal(attempt(ghost, "a wrong guess 456", nextIp()));
        AuditLine unknown = bed.oneAuditRow(before, "login_failed", "failure");
        assertThat(unknown.userId()).isNull();
        assertThat(unknown.context()).contains("unknown_user").contains(ghost);
        assertThat(unknown.wholeRow()).doesNotContain("a wrong guess 456");
    }

    @Test
    void a_user_agent_with_cr_lf_stays_one_escaped_line_in_the_trail() throws Exception {
        User cashier = bed.user();
        Set<UUID> before = bed.auditIds();
        bed.auth.login(LoginRequest.of(cashier.username(), PASSWORD.toCharArray(), SessionBed.HOME_IP,
                "Mozilla/5.0\r\nFAKE audit line", SessionBed.HOME_DEVICE, null));
        AuditLine login = bed.auditSince(before).stream().filter(l -> l.action().equals("login")).findFirst()
                .orElseThrow();
        assertThat(login.userAgent()).isEqualTo("Mozilla/5.0\\r\\nFAKE audit line").doesNotContain("\r", "\n");

        before = bed.auditIds();
        refusal(LoginRequest.of(cashier.username(), "wrong again 789".toCharArray(), nextIp(), "x\r\nFAKE", null,
                null));
        assertThat(bed.oneAuditRow(before, "login_failed", "failure").userAgent()).isEqualTo("x\\r\\nFAKE");
    }

    @Test
    void a_hash_below_the_policy_is_replaced_at_login_and_still_works() throws Exception {
        User cashier = bed.user();
        String weak = Argon2Function.getInstance(4096, 1, 1, 32, Argon2.ID, Argon2Function.ARGON2_VERSION_13)
                .hash(PASSWORD.getBytes(StandardCharsets.UTF_8)).getResult();
        bed.execute("UPDATE users SET password_hash = ? WHERE id = ?", weak, cashier.id());
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        assertThat(hasher.needsRehash(weak)).isTrue();

        bed.login(cashier);

        String stored = bed.text("SELECT password_hash FROM users WHERE id = ?", cashier.id());
        assertThat(stored).isNotEqualTo(weak);
        assertThat(hasher.needsRehash(stored)).isFalse();
        assertThat(hasher.verify(PASSWORD.toCharArray(), stored)).isTrue();
        assertThat(bed.login(cashier).principal().userId()).isEqualTo(cashier.id());
    }

    @Test
    void malformed_requests_are_refused_naming_the_field_and_nothing_is_written() throws Exception {
        long auditBefore = bed.count("SELECT count(*) FROM audit_logs");
        long failuresBefore = bed.count("SELECT count(*) FROM login_failures");
        assertField(LoginRequest.of(" ", PASSWORD.toCharArray(), nextIp(), null, null, null), "username");
        assertField(LoginRequest.of("x".repeat(101), PASSWORD.toCharArray(), nextIp(), null, null, null), "username");
        assertField(LoginRequest.of("someone", new char[0], nextIp(), null, null, null), "password");
        assertField(LoginRequest.of("someone", new char[4097], nextIp(), null, null, null), "password");
        assertField(LoginRequest.of("someone", PASSWORD.toCharArray(), "till.example.com", null, null, null),
                "ipAddress");
        assertField(LoginRequest.of("someone", PASSWORD.toCharArray(), nextIp(), null,
                Map.of("blob", "x".repeat(5000)), null), "deviceInfo");
        assertField(LoginRequest.of("someone", PASSWORD.toCharArray(), nextIp(), null, null,
                Map.of("blob", "x".repeat(5000))), "locationInfo");
        assertThat(bed.count("SELECT count(*) FROM audit_logs")).isEqualTo(auditBefore);
        assertThat(bed.count("SELECT count(*) FROM login_failures")).isEqualTo(failuresBefore);
    }

    @Test
    void a_login_inside_a_group_of_calls_is_refused_because_a_rollback_would_erase_the_failure_count() {
        User cashier = bed.user();
        assertThatThrownBy(() -> bed.shop.useTransaction(() -> bed.login(cashier)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("group of calls");
    }

    @Test
    void a_long_user_agent_is_cut_to_its_maximum() throws Exception {
        User cashier = bed.user();
        LoginResult result = bed.auth.login(LoginRequest.of(cashier.username(), PASSWORD.toCharArray(),
                SessionBed.HOME_IP, "A".repeat(2000), SessionBed.HOME_DEVICE, null));
        assertThat(bed.text("SELECT user_agent FROM user_sessions WHERE id = ?", result.principal().sessionId()))
                .hasSize(LoginRequest.MAX_USER_AGENT_LENGTH);
    }

    private void assertField(LoginRequest request, String field) {
        ValidationException e = catchThrowableOfType(() -> bed.auth.login(request), ValidationException.class);
        assertThat(e).as("refusal of %s", request).isNotNull();
        assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly(field);
    }

    private AuthenticationException refusal(LoginRequest request) {
        AuthenticationException e = catchThrowableOfType(() -> bed.auth.login(request), AuthenticationException.class);
        assertThat(e).as("refusal of %s", request).isNotNull();
        return e;
    }

    private long timed(LoginRequest request) {
        long start = System.nanoTime();
        refusal(request);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private List<String> tables() throws Exception {
        List<String> tables = new ArrayList<>();
        try (var c = bed.db.connect(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** Base64url decoding, named for what the assertion means. */
    private static final class Base64Url {
        static byte[] decode(String text) {
            return java.util.Base64.getUrlDecoder().decode(text);
        }
    }
}
