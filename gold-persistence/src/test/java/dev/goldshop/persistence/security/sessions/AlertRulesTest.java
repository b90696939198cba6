package dev.goldshop.persistence.security.sessions;

import static dev.goldshop.persistence.security.sessions.SessionBed.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.AlertQuery;
import dev.goldshop.core.security.AlertSeverity;
import dev.goldshop.core.security.AlertType;
import dev.goldshop.core.security.LoginRequest;
import dev.goldshop.core.security.LoginResult;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.security.SecurityAlert;
import dev.goldshop.core.security.User;
import dev.goldshop.persistence.internal.security.UnusualActivity;
import dev.goldshop.persistence.security.sessions.SessionBed.AuditLine;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** SECURITY.md LOG-07, DOMAIN.md "Security rules of thumb": each rule fires, and only when it should. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertRulesTest {
    private SessionBed bed;
    private CallContext officer;
    private UnusualActivity unusual;

    @BeforeAll
    void start(TestDatabase db) {
        bed = new SessionBed(db);
        officer = SessionBed.as(bed.user(Permissions.ALERT_READ));
        unusual = bed.engine.service(UnusualActivity.class);
    }

    @AfterAll
    void stop() {
        bed.close();
    }

    private LoginResult login(User user, String ip, Map<String, Object> device) {
        return bed.auth.login(LoginRequest.of(user.username(), PASSWORD.toCharArray(), ip, "JUnit", device, null));
    }

    private List<SecurityAlert> alertsOf(User user, AlertType type) {
        return bed.alerts.list(officer, AlertQuery.all().withUser(user.id()).withType(type), PageRequest.first(100))
                .items();
    }

    @Test
    void a_first_login_and_logins_from_a_known_address_and_device_are_not_suspicious() {
        User cashier = bed.user();
        login(cashier, "198.51.100.7", Map.of("device_id", "till-3"));
        login(cashier, "198.51.100.7", Map.of("device_id", "till-3", "battery", "low"));
        assertThat(alertsOf(cashier, AlertType.SUSPICIOUS_LOGIN)).isEmpty();
    }

    @Test
    void a_login_from_a_new_address_raises_one_suspicious_login_alert_with_one_audit_row() throws Exception {
        User cashier = bed.user();
        login(cashier, "198.51.100.7", Map.of("device_id", "till-3"));
        Set<UUID> before = bed.auditIds();
        LoginResult login = login(cashier, "203.0.113.50", Map.of("device_id", "till-3"));

        SecurityAlert alert = alertsOf(cashier, AlertType.SUSPICIOUS_LOGIN).get(0);
        assertThat(alertsOf(cashier, AlertType.SUSPICIOUS_LOGIN)).hasSize(1);
        assertThat(alert.severity()).isEqualTo(AlertSeverity.MEDIUM);
        assertThat(alert.ipAddress()).isEqualTo("203.0.113.50");
        assertThat(alert.details()).containsEntry("reasons", List.of("new_ip_address"))
                .containsEntry("session_id", login.principal().sessionId().toString());
        List<AuditLine> rows = bed.auditSince(before);
        assertThat(rows).extracting(AuditLine::action).containsExactly("login", "create");
        assertThat(rows.get(1).resourceId()).isEqualTo(alert.id());
        assertThat(rows.get(1).actorName()).isEqualTo("system:security-monitor");
    }

    @Test
    void a_login_from_a_new_device_is_suspicious_whether_it_has_an_id_or_only_a_description() {
        User withId = bed.user();
        login(withId, "198.51.100.8", Map.of("device_id", "till-3"));
        login(withId, "198.51.100.8", Map.of("device_id", "phone-9"));
        assertThat(alertsOf(withId, AlertType.SUSPICIOUS_LOGIN)).singleElement()
                .satisfies(a -> assertThat(a.details()).containsEntry("reasons", List.of("new_device"))
                        .containsEntry("device_id", "phone-9"));

        User described = bed.user();
        login(described, "198.51.100.9", Map.of("os", "linux", "browser", "firefox"));
        login(described, "198.51.100.9", Map.of("browser", "firefox", "os", "linux"));
        assertThat(alertsOf(described, AlertType.SUSPICIOUS_LOGIN)).as("the same description in another order").isEmpty();
        login(described, "198.51.100.9", Map.of("os", "windows", "browser", "firefox"));
        assertThat(alertsOf(described, AlertType.SUSPICIOUS_LOGIN)).singleElement()
                .satisfies(a -> assertThat(a.details()).containsEntry("reasons", List.of("new_device")));
    }

    @Test
    void an_address_last_seen_more_than_ninety_days_ago_counts_as_new() throws Exception {
        User cashier = bed.user();
        login(cashier, "198.51.100.20", null);
        LoginResult old = login(cashier, "198.51.100.21", null);
        bed.execute("UPDATE user_sessions SET created_at = created_at - interval '91 days',"
                + " last_activity = last_activity - interval '91 days' WHERE id = ?", old.principal().sessionId());
        int before = alertsOf(cashier, AlertType.SUSPICIOUS_LOGIN).size();

        login(cashier, "198.51.100.21", null);

        assertThat(alertsOf(cashier, AlertType.SUSPICIOUS_LOGIN)).hasSize(before + 1);
    }

    @Test
    void a_login_outside_business_hours_is_suspicious_even_the_first_one() throws Exception {
        User cashier = bed.user();
        bed.settings("business_hours = '{\"zone\": \"UTC\", \"days\": {}}'::jsonb");
        try {
            assertThat(unusual.outsideBusinessHours(bed.clock.instant())).isTrue();
            login(cashier, "198.51.100.30", null);
            assertThat(alertsOf(cashier, AlertType.SUSPICIOUS_LOGIN)).singleElement()
                    .satisfies(a -> assertThat(a.details())
                            .containsEntry("reasons", List.of("outside_business_hours")));

            String allDay = "[\"00:00\", \"24:00\"]";
            bed.settings("business_hours = '{\"zone\": \"UTC\", \"days\": {\"mon\": " + allDay + ", \"tue\": " + allDay
                    + ", \"wed\": " + allDay + ", \"thu\": " + allDay + ", \"fri\": " + allDay + ", \"sat\": " + allDay
                    + ", \"sun\": " + allDay + "}}'::jsonb");
            assertThat(unusual.outsideBusinessHours(bed.clock.instant())).isFalse();
            login(cashier, "198.51.100.30", null);
            assertThat(alertsOf(cashier, AlertType.SUSPICIOUS_LOGIN)).hasSize(1);
        } finally {
            bed.settings("business_hours = NULL");
        }
        assertThat(unusual.outsideBusinessHours(bed.clock.instant())).as("no hours set: never outside").isFalse();
    }

    @Test
    void report_raises_one_unusual_activity_alert_about_the_caller_with_one_audit_row() throws Exception {
        User cashier = bed.user();
        LoginResult session = bed.login(cashier);
        Set<UUID> before = bed.auditIds();

        unusual.report(session.principal().callContext(), "bulk_export", "exported 5000 customers",
                Map.of("rows", 5000));

        SecurityAlert alert = alertsOf(cashier, AlertType.UNUSUAL_ACTIVITY).get(0);
        assertThat(alert.severity()).isEqualTo(AlertSeverity.MEDIUM);
        assertThat(alert.description()).isEqualTo("exported 5000 customers");
        assertThat(alert.ipAddress()).isEqualTo(SessionBed.HOME_IP);
        assertThat(alert.details()).containsEntry("kind", "bulk_export").containsEntry("rows", 5000)
                .containsEntry("session_id", session.principal().sessionId().toString());
        AuditLine row = bed.oneAuditRow(before, "create", "success");
        assertThat(row.resourceId()).isEqualTo(alert.id());
    }

    @Test
    void a_report_inside_a_transaction_is_raised_after_it_commits_and_never_if_it_rolls_back() {
        User cashier = bed.user();
        CallContext ctx = SessionBed.as(cashier);
        bed.shop.useTransaction(() -> {
            unusual.report(ctx, "many_voids", "12 voids today", null);
            assertThat(alertsOf(cashier, AlertType.UNUSUAL_ACTIVITY)).as("not before the commit").isEmpty();
        });
        assertThat(alertsOf(cashier, AlertType.UNUSUAL_ACTIVITY)).hasSize(1);

        assertThatThrownBy(() -> bed.shop.useTransaction(() -> {
            unusual.report(ctx, "many_voids", "13 voids today", null);
            throw new IllegalStateException("the caller's work failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(alertsOf(cashier, AlertType.UNUSUAL_ACTIVITY)).hasSize(1);
    }

    @Test
    void a_report_given_the_callers_transaction_commits_and_rolls_back_with_it() {
        User cashier = bed.user();
        CallContext ctx = SessionBed.as(cashier);
        bed.engine.inTransaction(tx -> {
            unusual.report(tx, ctx, "discount_over_policy", "40% off a bangle", Map.of("percent", 40));
            return null;
        });
        assertThat(alertsOf(cashier, AlertType.UNUSUAL_ACTIVITY)).singleElement()
                .satisfies(a -> assertThat(a.details()).containsEntry("kind", "discount_over_policy"));

        assertThatThrownBy(() -> bed.engine.inTransaction(tx -> {
            unusual.report(tx, ctx, "discount_over_policy", "50% off a ring", null);
            throw new IllegalStateException("the discount was refused after all");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(alertsOf(cashier, AlertType.UNUSUAL_ACTIVITY)).hasSize(1);
    }

    @Test
    void a_malformed_report_is_refused_and_writes_nothing() throws Exception {
        User cashier = bed.user();
        long alerts = bed.count("SELECT count(*) FROM security_alerts");
        assertThatThrownBy(() -> unusual.report(SessionBed.as(cashier), "Bulk Export!", "x", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> unusual.report(SessionBed.as(cashier), "bulk_export", " ", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("description");
        assertThat(bed.count("SELECT count(*) FROM security_alerts")).isEqualTo(alerts);
    }

    @Test
    void a_lock_out_raises_a_multiple_failures_alert_of_high_severity() {
        User cashier = bed.user();
        for (int i = 0; i < 5; i++) {
            String ip = SessionBed.nextIp();
            assertThatThrownBy(() -> bed.auth.login(SessionBed.attempt(cashier.username(), "nope nope nope", ip)))
                    .isInstanceOf(dev.goldshop.core.error.AuthenticationException.class);
        }
        assertThat(alertsOf(cashier, AlertType.MULTIPLE_FAILURES)).singleElement()
                .satisfies(a -> assertThat(a.severity()).isEqualTo(AlertSeverity.HIGH))
                .satisfies(a -> assertThat(a.details()).containsEntry("failures", 5));
    }
}
