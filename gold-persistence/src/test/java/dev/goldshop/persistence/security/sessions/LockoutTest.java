package dev.goldshop.persistence.security.sessions;

import static dev.goldshop.persistence.security.sessions.SessionBed.PASSWORD;
import static dev.goldshop.persistence.security.sessions.SessionBed.attempt;
import static dev.goldshop.persistence.security.sessions.SessionBed.nextIp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.error.AuthenticationException;
import dev.goldshop.core.security.User;
import dev.goldshop.persistence.security.sessions.SessionBed.AuditLine;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** SECURITY.md AUTH-04: failures counted per account and per address, atomically; lock-out and its alert. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockoutTest {
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
    void fifty_concurrent_wrong_passwords_count_exactly_fifty_and_lock_the_account_with_one_alert() throws Exception {
        User target = bed.user();
        Set<UUID> before = bed.auditIds();
        int attempts = 50;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<Throwable>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                // A distributed guess: every attempt from its own address, so only the account counts.
                String ip = nextIp();
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        bed.auth.login(attempt(target.username(), "guess number one", ip));
                        return null;
                    } catch (Throwable refused) {
                        return refused;
                    }
                }));
            }
            go.countDown();
            for (Future<Throwable> outcome : outcomes) {
                assertThat(outcome.get(2, TimeUnit.MINUTES)).isInstanceOf(AuthenticationException.class);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(bed.count("SELECT failed_login_count FROM users WHERE id = ?", target.id())).isEqualTo(attempts);
        assertThat(lockedUntil(target)).isEqualTo(bed.clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(bed.count("SELECT count(*) FROM security_alerts WHERE alert_type = 'multiple_failures'"
                + " AND user_id = ?", target.id())).isEqualTo(1);
        assertThat(bed.text("SELECT severity FROM security_alerts WHERE alert_type = 'multiple_failures'"
                + " AND user_id = ?", target.id())).isEqualTo("high");
        List<AuditLine> rows = bed.auditSince(before);
        assertThat(rows).filteredOn(r -> r.action().equals("login_failed")).hasSize(attempts)
                .allSatisfy(r -> assertThat(r.userId()).isEqualTo(target.id()));
        assertThat(rows).filteredOn(r -> r.action().equals("lock")).singleElement()
                .satisfies(r -> assertThat(r.resourceId()).isEqualTo(target.id()));
        assertThat(rows).filteredOn(r -> r.action().equals("create") && r.resourceType().equals("security_alert"))
                .hasSize(1);
        assertThat(rows).hasSize(attempts + 2);
    }

    @Test
    void a_locked_account_refuses_even_the_right_password_until_the_lock_expires() throws Exception {
        User target = bed.user();
        String ip = nextIp();
        for (int i = 0; i < 4; i++) {
            refuse(target.username(), "not it " + i, nextIp());
        }
        assertThat(lockedUntil(target)).isNull();
        refuse(target.username(), "not it 5", nextIp());
        Instant until = lockedUntil(target);
        assertThat(until).isEqualTo(bed.clock.instant().plus(Duration.ofMinutes(15)));

        Set<UUID> before = bed.auditIds();
        refuse(target.username(), PASSWORD, ip);
        AuditLine refusal = bed.oneAuditRow(before, "login_failed", "failure");
        assertThat(refusal.context()).contains("account_locked");

        bed.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        refuse(target.username(), PASSWORD, ip);

        bed.clock.advance(Duration.ofSeconds(1));
        assertThat(bed.auth.login(attempt(target.username(), PASSWORD, ip)).principal().userId())
                .isEqualTo(target.id());
        assertThat(lockedUntil(target)).isNull();
        assertThat(bed.count("SELECT failed_login_count FROM users WHERE id = ?", target.id())).isZero();
    }

    @Test
    void a_success_resets_the_account_count() throws Exception {
        User target = bed.user();
        for (int i = 0; i < 4; i++) {
            refuse(target.username(), "not it " + i, nextIp());
        }
        assertThat(bed.count("SELECT failed_login_count FROM users WHERE id = ?", target.id())).isEqualTo(4);

        bed.auth.login(attempt(target.username(), PASSWORD, nextIp()));
        assertThat(bed.count("SELECT failed_login_count FROM users WHERE id = ?", target.id())).isZero();

        for (int i = 0; i < 4; i++) {
            refuse(target.username(), "again not it " + i, nextIp());
        }
        assertThat(lockedUntil(target)).as("four after the reset do not lock").isNull();
    }

    @Test
    void failures_further_apart_than_the_window_do_not_add_up() throws Exception {
        User target = bed.user();
        for (int i = 0; i < 4; i++) {
            refuse(target.username(), "slow guess " + i, nextIp());
        }
        bed.clock.advance(Duration.ofMinutes(15));
        refuse(target.username(), "slow guess 5", nextIp());
        assertThat(bed.count("SELECT failed_login_count FROM users WHERE id = ?", target.id())).isEqualTo(1);
        assertThat(lockedUntil(target)).isNull();
    }

    @Test
    void five_failures_from_one_address_lock_that_address_for_every_account_with_one_alert() throws Exception {
        User bystander = bed.user();
        String attacker = nextIp();
        Set<UUID> before = bed.auditIds();
        for (int i = 0; i < 5; i++) {
            refuse(SessionBed.unique("sprayed"), "Password1!", attacker);
        }
        assertThat(bed.count("SELECT count(*) FROM security_alerts WHERE alert_type = 'multiple_failures'"
                + " AND host(ip_address) = ?", attacker)).isEqualTo(1);
        assertThat(bed.auditSince(before)).filteredOn(r -> r.action().equals("lock")).singleElement()
                .satisfies(r -> assertThat(r.resourceType()).isEqualTo("login_address"));

        long failuresBefore = bed.count("SELECT failure_count FROM login_failures WHERE host(ip_address) = ?", attacker);
        before = bed.auditIds();
        refuse(bystander.username(), PASSWORD, attacker);
        assertThat(bed.oneAuditRow(before, "login_failed", "failure").context()).contains("address_locked");
        assertThat(bed.count("SELECT failure_count FROM login_failures WHERE host(ip_address) = ?", attacker))
                .as("refusals of a locked address are not counted again").isEqualTo(failuresBefore);
        assertThat(bed.count("SELECT failed_login_count FROM users WHERE id = ?", bystander.id()))
                .as("the bystander's account is untouched").isZero();

        assertThat(bed.auth.login(attempt(bystander.username(), PASSWORD, nextIp())).principal().userId())
                .isEqualTo(bystander.id());
        bed.clock.advance(Duration.ofMinutes(15));
        assertThat(bed.auth.login(attempt(bystander.username(), PASSWORD, attacker)).principal().userId())
                .isEqualTo(bystander.id());
    }

    @Test
    void the_threshold_window_and_duration_come_from_company_settings() throws Exception {
        bed.settings("lockout_threshold = 3, lockout_duration_minutes = 2");
        try {
            User target = bed.user();
            for (int i = 0; i < 3; i++) {
                refuse(target.username(), "guess " + i, nextIp());
            }
            assertThat(lockedUntil(target)).isEqualTo(bed.clock.instant().plus(Duration.ofMinutes(2)));
        } finally {
            bed.settings("lockout_threshold = 5, lockout_duration_minutes = 15");
        }
    }

    private Instant lockedUntil(User user) throws Exception {
        try (var c = bed.db.connect(); var p = c.prepareStatement("SELECT locked_until FROM users WHERE id = ?")) {
            p.setObject(1, user.id());
            try (var rs = p.executeQuery()) {
                rs.next();
                OffsetDateTime value = rs.getObject(1, OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            }
        }
    }

    private void refuse(String username, String password, String ip) {
        assertThatThrownBy(() -> bed.auth.login(attempt(username, password, ip)))
                .isInstanceOf(AuthenticationException.class);
    }
}
