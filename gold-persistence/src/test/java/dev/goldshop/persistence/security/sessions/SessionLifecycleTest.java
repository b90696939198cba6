package dev.goldshop.persistence.security.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.error.AuthenticationException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.LoginResult;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.security.SessionInfo;
import dev.goldshop.core.security.SessionPrincipal;
import dev.goldshop.core.security.User;
import dev.goldshop.persistence.security.sessions.SessionBed.AuditLine;
import dev.goldshop.persistence.security.sessions.SessionBed.DirectSession;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** SECURITY.md SES-03 to SES-05: validation, expiry, logout, revocation, the cap, clean-up. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionLifecycleTest {
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
    void validate_gives_the_sessions_user_and_a_context_that_attributes_calls_to_the_session() throws Exception {
        User cashier = bed.user();
        LoginResult login = bed.login(cashier);

        SessionPrincipal principal = bed.auth.validate(login.token());

        assertThat(principal).isEqualTo(login.principal());
        assertThat(principal.callContext().sessionId()).isEqualTo(login.principal().sessionId());
        assertThat(principal.callContext().ipAddress()).isEqualTo(SessionBed.HOME_IP);
        assertThat(principal.callContext().userAgent()).isEqualTo("JUnit");
        Set<UUID> before = bed.auditIds();
        bed.auth.revokeSession(principal.callContext(), principal.sessionId());
        assertThat(bed.oneAuditRow(before, "revoke", "success").sessionId()).isEqualTo(principal.sessionId());
    }

    @Test
    void unknown_and_malformed_tokens_are_refused() {
        for (String token : new String[] {null, "", "x", "a".repeat(43), "not a token at all, with spaces and more"}) {
            assertThatThrownBy(() -> bed.auth.validate(token)).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void validate_writes_nothing_within_the_refresh_interval_and_moves_last_activity_after_it() throws Exception {
        User cashier = bed.user();
        LoginResult login = bed.login(cashier);
        UUID id = login.principal().sessionId();
        String version = rowVersion(id);

        bed.clock.advance(Duration.ofSeconds(59));
        for (int i = 0; i < 20; i++) {
            bed.auth.validate(login.token());
        }
        assertThat(rowVersion(id)).as("no write within the minute").isEqualTo(version);

        bed.clock.advance(Duration.ofSeconds(1));
        bed.auth.validate(login.token());
        assertThat(rowVersion(id)).isNotEqualTo(version);
        assertThat(bed.text("SELECT last_activity = created_at + interval '60 seconds' FROM user_sessions WHERE id = ?",
                id)).isEqualTo("t");
    }

    @Test
    void a_session_idle_past_the_timeout_is_refused_and_ended_with_one_audit_row() throws Exception {
        User cashier = bed.user();
        LoginResult login = bed.login(cashier);
        bed.clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        bed.auth.validate(login.token());
        bed.clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        bed.auth.validate(login.token());

        bed.clock.advance(Duration.ofMinutes(30));
        Set<UUID> before = bed.auditIds();
        assertThatThrownBy(() -> bed.auth.validate(login.token())).isInstanceOf(AuthenticationException.class);
        AuditLine ended = bed.oneAuditRow(before, "session_expired", "success");
        assertThat(ended.resourceId()).isEqualTo(login.principal().sessionId());
        assertThat(ended.context()).contains("idle");
        assertThat(bed.text("SELECT end_reason FROM user_sessions WHERE id = ?", login.principal().sessionId()))
                .isEqualTo("idle");

        before = bed.auditIds();
        assertThatThrownBy(() -> bed.auth.validate(login.token())).isInstanceOf(AuthenticationException.class);
        assertThat(bed.auditSince(before)).as("an ended session is refused without further writes").isEmpty();
    }

    @Test
    void a_busy_session_is_refused_once_past_its_absolute_lifetime() throws Exception {
        User cashier = bed.user();
        LoginResult login = bed.login(cashier);
        for (int i = 0; i < 12 * 4 - 1; i++) {
            bed.clock.advance(Duration.ofMinutes(15));
            bed.auth.validate(login.token());
        }
        bed.clock.advance(Duration.ofMinutes(15));
        assertThatThrownBy(() -> bed.auth.validate(login.token())).isInstanceOf(AuthenticationException.class);
        assertThat(bed.text("SELECT end_reason FROM user_sessions WHERE id = ?", login.principal().sessionId()))
                .isEqualTo("expired");
    }

    @Test
    void logout_ends_the_session_with_one_audit_row_and_a_second_logout_changes_nothing() throws Exception {
        User cashier = bed.user();
        LoginResult login = bed.login(cashier);
        Set<UUID> before = bed.auditIds();

        bed.auth.logout(login.token());

        AuditLine row = bed.oneAuditRow(before, "logout", "success");
        assertThat(row.userId()).isEqualTo(cashier.id());
        assertThat(row.sessionId()).isEqualTo(login.principal().sessionId());
        assertThatThrownBy(() -> bed.auth.validate(login.token())).isInstanceOf(AuthenticationException.class);
        before = bed.auditIds();
        bed.auth.logout(login.token());
        bed.auth.logout("garbage");
        assertThat(bed.auditSince(before)).isEmpty();
    }

    @Test
    void another_users_session_needs_session_revoke_and_a_refusal_leaves_only_its_audit_row() throws Exception {
        User cashier = bed.user();
        User colleague = bed.user();
        User manager = bed.user(Permissions.SESSION_REVOKE);
        LoginResult login = bed.login(cashier);

        Set<UUID> before = bed.auditIds();
        assertThatThrownBy(() -> bed.auth.revokeSession(SessionBed.as(colleague), login.principal().sessionId()))
                .isInstanceOf(PermissionDeniedException.class);
        bed.oneAuditRow(before, "access_denied", "denied");
        assertThat(bed.auth.validate(login.token()).userId()).isEqualTo(cashier.id());

        before = bed.auditIds();
        assertThatThrownBy(() -> bed.auth.revokeSession(SessionBed.as(colleague), UUID.randomUUID()))
                .as("without the permission an unknown id is refused, not reported missing")
                .isInstanceOf(PermissionDeniedException.class);
        bed.oneAuditRow(before, "access_denied", "denied");
        assertThatThrownBy(() -> bed.auth.revokeSession(SessionBed.as(manager), UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);

        before = bed.auditIds();
        bed.auth.revokeSession(SessionBed.as(manager), login.principal().sessionId());
        AuditLine row = bed.oneAuditRow(before, "revoke", "success");
        assertThat(row.userId()).isEqualTo(manager.id());
        assertThat(row.resourceId()).isEqualTo(login.principal().sessionId());
        assertThatThrownBy(() -> bed.auth.validate(login.token())).isInstanceOf(AuthenticationException.class);

        before = bed.auditIds();
        bed.auth.revokeSession(SessionBed.as(manager), login.principal().sessionId());
        assertThat(bed.auditSince(before)).as("revoking an ended session changes nothing").isEmpty();
    }

    @Test
    void revoke_all_ends_every_session_of_the_user_with_one_audit_row() throws Exception {
        User cashier = bed.user();
        User manager = bed.user(Permissions.SESSION_REVOKE);
        User bystander = bed.user();
        List<LoginResult> logins = List.of(bed.login(cashier), bed.login(cashier), bed.login(cashier));
        LoginResult other = bed.login(bystander);

        assertThatThrownBy(() -> bed.auth.revokeAllSessions(SessionBed.as(bystander), cashier.id()))
                .isInstanceOf(PermissionDeniedException.class);
        Set<UUID> before = bed.auditIds();
        assertThat(bed.auth.revokeAllSessions(SessionBed.as(manager), cashier.id())).isEqualTo(3);

        AuditLine row = bed.oneAuditRow(before, "revoke_all", "success");
        assertThat(row.resourceId()).isEqualTo(cashier.id());
        for (LoginResult login : logins) {
            assertThatThrownBy(() -> bed.auth.validate(login.token())).isInstanceOf(AuthenticationException.class);
        }
        assertThat(bed.auth.validate(other.token()).userId()).isEqualTo(bystander.id());

        LoginResult own = bed.login(bystander);
        assertThat(bed.auth.revokeAllSessions(own.principal().callContext(), bystander.id()))
                .as("users may end all their own sessions").isEqualTo(2);
        assertThatThrownBy(() -> bed.auth.validate(other.token())).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void a_password_change_ends_the_users_other_sessions() throws Exception {
        User cashier = bed.user();
        LoginResult current = bed.login(cashier);
        LoginResult other = bed.login(cashier);

        bed.users.changePassword(current.principal().callContext(), SessionBed.PASSWORD.toCharArray(),
                "a brand new passphrase 42".toCharArray());

        assertThatThrownBy(() -> bed.auth.validate(other.token())).isInstanceOf(AuthenticationException.class);
        assertThat(bed.auth.validate(current.token()).userId()).isEqualTo(cashier.id());
    }

    @Test
    void deactivating_a_user_ends_every_session_of_theirs() throws Exception {
        User cashier = bed.user();
        LoginResult first = bed.login(cashier);
        LoginResult second = bed.login(cashier);

        bed.users.deactivate(bed.owner, cashier.id(), cashier.version());

        assertThatThrownBy(() -> bed.auth.validate(first.token())).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> bed.auth.validate(second.token())).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void a_deactivated_or_locked_user_is_refused_even_with_a_session_left_live() throws Exception {
        User cashier = bed.user();
        DirectSession session = bed.directSession(cashier.id(), bed.clock.instant());
        bed.execute("UPDATE users SET locked_until = ? WHERE id = ?",
                SessionBed.at(bed.clock.instant().plus(Duration.ofMinutes(5))), cashier.id());
        assertThatThrownBy(() -> bed.auth.validate(session.token())).isInstanceOf(AuthenticationException.class);
        bed.execute("UPDATE users SET locked_until = NULL, is_active = false WHERE id = ?", cashier.id());
        assertThatThrownBy(() -> bed.auth.validate(session.token())).isInstanceOf(AuthenticationException.class);
        bed.execute("UPDATE users SET is_active = true WHERE id = ?", cashier.id());
        assertThat(bed.auth.validate(session.token()).userId()).isEqualTo(cashier.id());
    }

    @Test
    void a_login_beyond_the_cap_ends_the_users_oldest_session() throws Exception {
        User cashier = bed.user();
        List<LoginResult> logins = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            logins.add(bed.login(cashier));
            bed.clock.advance(Duration.ofSeconds(1));
        }
        Set<UUID> before = bed.auditIds();
        LoginResult sixth = bed.login(cashier);

        assertThatThrownBy(() -> bed.auth.validate(logins.get(0).token())).isInstanceOf(AuthenticationException.class);
        for (int i = 1; i < 5; i++) {
            assertThat(bed.auth.validate(logins.get(i).token()).userId()).isEqualTo(cashier.id());
        }
        assertThat(bed.auth.validate(sixth.token()).userId()).isEqualTo(cashier.id());
        assertThat(bed.text("SELECT end_reason FROM user_sessions WHERE id = ?", logins.get(0).principal().sessionId()))
                .isEqualTo("session_cap");
        AuditLine login = bed.oneAuditRow(before, "login", "success");
        assertThat(login.context()).contains(logins.get(0).principal().sessionId().toString()).contains("session_cap");
    }

    @Test
    void concurrent_logins_of_one_user_never_leave_more_live_sessions_than_the_cap() throws Exception {
        bed.settings("max_sessions_per_user = 2");
        try {
            User cashier = bed.user();
            int logins = 6;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(logins);
            List<Future<LoginResult>> results = new ArrayList<>();
            try {
                for (int i = 0; i < logins; i++) {
                    results.add(pool.submit(() -> {
                        go.await();
                        return bed.login(cashier);
                    }));
                }
                go.countDown();
                for (Future<LoginResult> result : results) {
                    result.get(2, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(bed.count("SELECT count(*) FROM user_sessions WHERE user_id = ? AND is_active", cashier.id()))
                    .isEqualTo(2);
        } finally {
            bed.settings("max_sessions_per_user = 5");
        }
    }

    @Test
    void purge_ends_expired_sessions_and_deletes_old_ones_no_audit_row_points_to() throws Exception {
        User cashier = bed.user();
        DirectSession stale = bed.directSession(cashier.id(), bed.clock.instant().minus(Duration.ofHours(1)));
        DirectSession live = bed.directSession(cashier.id(), bed.clock.instant());
        DirectSession ancient = bed.directSession(cashier.id(), bed.clock.instant());
        bed.execute("UPDATE user_sessions SET is_active = false, ended_at = now() - interval '91 days',"
                + " created_at = now() - interval '92 days', last_activity = now() - interval '91 days',"
                + " expires_at = now() - interval '91 days' WHERE id = ?", ancient.id());
        LoginResult audited = bed.login(cashier);
        bed.auth.logout(audited.token());
        bed.execute("UPDATE user_sessions SET ended_at = ended_at - interval '100 days' WHERE id = ?",
                audited.principal().sessionId());

        assertThatThrownBy(() -> bed.auth.purgeExpiredSessions(SessionBed.as(cashier)))
                .isInstanceOf(PermissionDeniedException.class);
        Set<UUID> before = bed.auditIds();
        int purged = bed.auth.purgeExpiredSessions(dev.goldshop.core.context.CallContext.system("session-cleanup"));

        assertThat(purged).isGreaterThanOrEqualTo(2);
        assertThat(bed.text("SELECT end_reason FROM user_sessions WHERE id = ?", stale.id())).isEqualTo("idle");
        assertThat(bed.count("SELECT count(*) FROM user_sessions WHERE id = ?", ancient.id())).isZero();
        assertThat(bed.count("SELECT count(*) FROM user_sessions WHERE id = ?", audited.principal().sessionId()))
                .as("a session audit rows point to is kept").isEqualTo(1);
        assertThat(bed.auth.validate(live.token()).userId()).isEqualTo(cashier.id());
        assertThat(bed.oneAuditRow(before, "purge", "success").context()).contains("\"ended\"");

        before = bed.auditIds();
        bed.auth.purgeExpiredSessions(dev.goldshop.core.context.CallContext.system("session-cleanup"));
        assertThat(bed.auditSince(before)).as("a purge that finds nothing writes nothing").isEmpty();
    }

    @Test
    void users_list_their_own_sessions_and_others_need_session_read_newest_first_in_pages() throws Exception {
        User cashier = bed.user();
        User auditor = bed.user(Permissions.SESSION_READ);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(0, bed.login(cashier).principal().sessionId());
            bed.clock.advance(Duration.ofSeconds(1));
        }
        bed.auth.logout(bed.login(bed.user()).token());

        Page<SessionInfo> first = bed.auth.listSessions(SessionBed.as(cashier), cashier.id(), PageRequest.first(2));
        Page<SessionInfo> second = bed.auth.listSessions(SessionBed.as(auditor), cashier.id(),
                PageRequest.after(first.nextCursor().orElseThrow(), 2));
        Page<SessionInfo> third = bed.auth.listSessions(SessionBed.as(auditor), cashier.id(),
                PageRequest.after(second.nextCursor().orElseThrow(), 2));

        List<UUID> listed = new ArrayList<>();
        first.items().forEach(s -> listed.add(s.id()));
        second.items().forEach(s -> listed.add(s.id()));
        third.items().forEach(s -> listed.add(s.id()));
        assertThat(listed).containsExactlyElementsOf(ids);
        assertThat(third.hasNext()).isFalse();
        SessionInfo newest = first.items().get(0);
        assertThat(newest.active()).isTrue();
        assertThat(newest.ipAddress()).isEqualTo(SessionBed.HOME_IP);
        assertThat(newest.deviceInfo()).containsEntry("device_id", "till-1");

        assertThatThrownBy(() -> bed.auth.listSessions(SessionBed.as(bed.user()), cashier.id(), PageRequest.first()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> bed.auth.listSessions(SessionBed.as(cashier), cashier.id(),
                PageRequest.after("bm90IGEgY3Vyc29y", 2))).isInstanceOf(ValidationException.class);
    }

    @Test
    void a_revoke_racing_validate_never_lets_the_token_through_after_the_revoke_commits() throws Exception {
        User cashier = bed.user();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger lateSuccesses = new AtomicInteger();
        AtomicInteger racedValidations = new AtomicInteger();
        try {
            for (int round = 0; round < 150; round++) {
                // Last active long enough ago that each validation also takes the refresh UPDATE path.
                DirectSession session = bed.directSession(cashier.id(), bed.clock.instant().minus(Duration.ofMinutes(5)));
                CyclicBarrier start = new CyclicBarrier(2);
                AtomicBoolean revoked = new AtomicBoolean();
                Future<?> validator = pool.submit(() -> {
                    start.await();
                    for (int failuresAfterRevoke = 0; failuresAfterRevoke < 3; ) {
                        boolean revokeCommittedBefore = revoked.get();
                        try {
                            bed.auth.validate(session.token());
                            racedValidations.incrementAndGet();
                            if (revokeCommittedBefore) {
                                lateSuccesses.incrementAndGet();
                            }
                        } catch (AuthenticationException refused) {
                            if (revokeCommittedBefore) {
                                failuresAfterRevoke++;
                            }
                        }
                    }
                    return null;
                });
                Future<?> revoker = pool.submit(() -> {
                    start.await();
                    bed.auth.revokeSession(bed.owner, session.id());
                    revoked.set(true);
                    return null;
                });
                revoker.get(1, TimeUnit.MINUTES);
                validator.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(lateSuccesses.get()).as("validations that began after the revoke committed and succeeded").isZero();
        assertThat(racedValidations.get()).as("validations that did run against the live session").isPositive();
    }

    private String rowVersion(UUID sessionId) throws Exception {
        return bed.text("SELECT xmin::text FROM user_sessions WHERE id = ?", sessionId);
    }
}
