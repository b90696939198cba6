package dev.goldshop.persistence.security.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.AlertQuery;
import dev.goldshop.core.security.AlertSeverity;
import dev.goldshop.core.security.AlertStatus;
import dev.goldshop.core.security.AlertType;
import dev.goldshop.core.security.NewAlert;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.security.SecurityAlert;
import dev.goldshop.core.security.User;
import dev.goldshop.persistence.security.sessions.SessionBed.AuditLine;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** SECURITY.md LOG-07: raising, reading, filtering and moving alerts; the status machine. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityAlertsTest {
    private SessionBed bed;
    private CallContext officer;

    @BeforeAll
    void start(TestDatabase db) {
        bed = new SessionBed(db);
        officer = SessionBed.as(bed.user(Permissions.ALERT_RAISE, Permissions.ALERT_READ, Permissions.ALERT_UPDATE));
    }

    @AfterAll
    void stop() {
        bed.close();
    }

    private SecurityAlert raise(UUID userId, AlertType type, AlertSeverity severity) {
        return bed.alerts.raise(officer, new NewAlert(type, severity, "something to look at", userId, "203.0.113.9",
                Map.of("count", 3)));
    }

    @Test
    void a_raised_alert_is_open_with_one_audit_row_and_reads_back_as_stored() throws Exception {
        User subject = bed.user();
        Set<UUID> before = bed.auditIds();
        SecurityAlert alert = raise(subject.id(), AlertType.UNUSUAL_ACTIVITY, AlertSeverity.LOW);

        AuditLine row = bed.oneAuditRow(before, "create", "success");
        assertThat(row.resourceType()).isEqualTo("security_alert");
        assertThat(row.resourceId()).isEqualTo(alert.id());
        assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alert.createdAt()).isEqualTo(bed.clock.instant());
        assertThat(alert.details()).containsEntry("count", 3);
        assertThat(bed.alerts.get(officer, alert.id())).contains(alert);
        assertThat(bed.alerts.get(officer, UUID.randomUUID())).isEmpty();
        assertThat(bed.text("SELECT alert_type || '/' || severity || '/' || status || '/' || host(ip_address)"
                + " FROM security_alerts WHERE id = ?", alert.id())).isEqualTo("unusual_activity/low/open/203.0.113.9");
    }

    @Test
    void a_bad_alert_is_refused_naming_every_field_and_nothing_is_written() throws Exception {
        long alerts = bed.count("SELECT count(*) FROM security_alerts");
        Set<UUID> before = bed.auditIds();
        ValidationException e = catchThrowableOfType(() -> bed.alerts.raise(officer,
                new NewAlert(null, null, " ", null, null, null)), ValidationException.class);
        assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("type", "severity", "description");
        ValidationException ip = catchThrowableOfType(() -> bed.alerts.raise(officer, new NewAlert(
                AlertType.UNUSUAL_ACTIVITY, AlertSeverity.LOW, "x", null, "example.com", null)), ValidationException.class);
        assertThat(ip.fieldErrors()).extracting(f -> f.field()).containsExactly("ipAddress");
        ValidationException long_ = catchThrowableOfType(() -> bed.alerts.raise(officer, new NewAlert(
                AlertType.UNUSUAL_ACTIVITY, AlertSeverity.LOW, "x".repeat(2001), null, null, null)),
                ValidationException.class);
        assertThat(long_.fieldErrors()).extracting(f -> f.field()).containsExactly("description");
        assertThatThrownBy(() -> raise(UUID.randomUUID(), AlertType.UNUSUAL_ACTIVITY, AlertSeverity.LOW))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.count("SELECT count(*) FROM security_alerts")).isEqualTo(alerts);
        assertThat(bed.auditSince(before)).isEmpty();
    }

    @Test
    void without_permission_every_call_is_refused_leaving_only_the_refusals_audit_row() throws Exception {
        CallContext nobody = SessionBed.as(bed.user());
        SecurityAlert alert = raise(null, AlertType.UNUSUAL_ACTIVITY, AlertSeverity.LOW);
        long alerts = bed.count("SELECT count(*) FROM security_alerts");
        List<Runnable> calls = List.of(
                () -> bed.alerts.raise(nobody, new NewAlert(AlertType.UNUSUAL_ACTIVITY, AlertSeverity.LOW, "x", null,
                        null, null)),
                () -> bed.alerts.get(nobody, alert.id()),
                () -> bed.alerts.list(nobody, AlertQuery.all(), PageRequest.first()),
                () -> bed.alerts.transition(nobody, alert.id(), AlertStatus.RESOLVED, null));
        for (Runnable call : calls) {
            Set<UUID> before = bed.auditIds();
            assertThatThrownBy(call::run).isInstanceOf(PermissionDeniedException.class);
            bed.oneAuditRow(before, "access_denied", "denied");
        }
        assertThat(bed.count("SELECT count(*) FROM security_alerts")).isEqualTo(alerts);
        assertThat(bed.alerts.get(officer, alert.id()).orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
    }

    @Test
    void the_legal_paths_close_an_alert_recording_who_and_when_with_one_audit_row_per_move() throws Exception {
        List<List<AlertStatus>> paths = List.of(
                List.of(AlertStatus.INVESTIGATING, AlertStatus.RESOLVED),
                List.of(AlertStatus.INVESTIGATING, AlertStatus.FALSE_POSITIVE),
                List.of(AlertStatus.RESOLVED),
                List.of(AlertStatus.FALSE_POSITIVE));
        for (List<AlertStatus> path : paths) {
            SecurityAlert alert = raise(null, AlertType.SUSPICIOUS_LOGIN, AlertSeverity.MEDIUM);
            for (AlertStatus to : path) {
                bed.clock.advance(Duration.ofMinutes(1));
                Set<UUID> before = bed.auditIds();
                SecurityAlert moved = bed.alerts.transition(officer, alert.id(), to, "checked with " + to.code());
                AuditLine row = bed.oneAuditRow(before, "update", "success");
                assertThat(row.resourceId()).isEqualTo(alert.id());
                assertThat(row.context()).contains("\"to\": \"" + to.code() + "\"")
                        .contains("checked with " + to.code());
                assertThat(moved.status()).isEqualTo(to);
                assertThat(moved.statusNote()).isEqualTo("checked with " + to.code());
                assertThat(moved.version()).isEqualTo(alert.version() + 1);
                if (to.isFinal()) {
                    assertThat(moved.resolvedBy()).isEqualTo(officer.actor().userId());
                    assertThat(moved.resolvedAt()).isEqualTo(bed.clock.instant());
                } else {
                    assertThat(moved.resolvedBy()).isNull();
                    assertThat(moved.resolvedAt()).isNull();
                }
                alert = moved;
            }
        }
    }

    @Test
    void every_other_move_is_refused_naming_both_statuses_and_changes_nothing() throws Exception {
        for (AlertStatus from : AlertStatus.values()) {
            for (AlertStatus to : AlertStatus.values()) {
                if (from.canMoveTo(to)) {
                    continue;
                }
                SecurityAlert alert = alertIn(from);
                Set<UUID> before = bed.auditIds();
                BusinessRuleException e = catchThrowableOfType(
                        () -> bed.alerts.transition(officer, alert.id(), to, null), BusinessRuleException.class);
                assertThat(e).as("%s -> %s", from, to).isNotNull();
                assertThat(e.getMessage()).contains("from " + from.code() + " to " + to.code());
                assertThat(bed.auditSince(before)).isEmpty();
                assertThat(bed.alerts.get(officer, alert.id())).contains(alert);
            }
        }
    }

    @Test
    void the_status_machine_allows_exactly_the_documented_moves() {
        Set<String> allowed = Set.of("open>investigating", "open>resolved", "open>false_positive",
                "investigating>resolved", "investigating>false_positive");
        for (AlertStatus from : AlertStatus.values()) {
            for (AlertStatus to : AlertStatus.values()) {
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to)
                        .isEqualTo(allowed.contains(from.code() + ">" + to.code()));
            }
        }
        assertThat(EnumSet.allOf(AlertStatus.class).stream().filter(AlertStatus::isFinal))
                .containsExactlyInAnyOrder(AlertStatus.RESOLVED, AlertStatus.FALSE_POSITIVE);
    }

    @Test
    void a_move_of_an_unknown_alert_or_without_a_target_or_with_a_long_note_is_refused() {
        assertThatThrownBy(() -> bed.alerts.transition(officer, UUID.randomUUID(), AlertStatus.RESOLVED, null))
                .isInstanceOf(NotFoundException.class);
        SecurityAlert alert = raise(null, AlertType.UNUSUAL_ACTIVITY, AlertSeverity.LOW);
        assertThatThrownBy(() -> bed.alerts.transition(officer, alert.id(), null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("to");
        assertThatThrownBy(() -> bed.alerts.transition(officer, alert.id(), AlertStatus.RESOLVED, "n".repeat(2001)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("note");
        assertThat(bed.alerts.get(officer, alert.id()).orElseThrow().status()).isEqualTo(AlertStatus.OPEN);
    }

    @Test
    void the_list_filters_by_type_severity_status_user_and_time_and_pages_newest_first() throws Exception {
        User subject = bed.user();
        Instant start = bed.clock.instant();
        List<SecurityAlert> raised = new ArrayList<>();
        raised.add(raise(subject.id(), AlertType.MULTIPLE_FAILURES, AlertSeverity.HIGH));
        bed.clock.advance(Duration.ofSeconds(1));
        raised.add(raise(subject.id(), AlertType.SUSPICIOUS_LOGIN, AlertSeverity.MEDIUM));
        raised.add(raise(subject.id(), AlertType.SUSPICIOUS_LOGIN, AlertSeverity.MEDIUM));
        bed.clock.advance(Duration.ofSeconds(1));
        Instant third = bed.clock.instant();
        raised.add(raise(subject.id(), AlertType.UNUSUAL_ACTIVITY, AlertSeverity.CRITICAL));
        raised.add(raise(subject.id(), AlertType.UNUSUAL_ACTIVITY, AlertSeverity.LOW));
        bed.alerts.transition(officer, raised.get(4).id(), AlertStatus.INVESTIGATING, null);
        raise(bed.user().id(), AlertType.SUSPICIOUS_LOGIN, AlertSeverity.MEDIUM);

        AlertQuery mine = AlertQuery.all().withUser(subject.id());
        List<UUID> all = ids(mine, 2);
        assertThat(all).containsExactly(raised.get(4).id(), raised.get(3).id(),
                newestFirst(raised.get(1), raised.get(2)).get(0), newestFirst(raised.get(1), raised.get(2)).get(1),
                raised.get(0).id());
        assertThat(ids(mine.withType(AlertType.SUSPICIOUS_LOGIN), 10))
                .containsExactlyInAnyOrder(raised.get(1).id(), raised.get(2).id());
        assertThat(ids(mine.withSeverity(AlertSeverity.CRITICAL), 10)).containsExactly(raised.get(3).id());
        assertThat(ids(mine.withStatus(AlertStatus.INVESTIGATING), 10)).containsExactly(raised.get(4).id());
        assertThat(ids(mine.raisedBetween(start.plusSeconds(1), third), 10))
                .containsExactlyInAnyOrder(raised.get(1).id(), raised.get(2).id());
        assertThat(ids(mine.raisedBetween(third, null), 10)).hasSize(2);
        assertThatThrownBy(() -> bed.alerts.list(officer, mine.raisedBetween(third, third), PageRequest.first()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("to");
        assertThatThrownBy(() -> bed.alerts.list(officer, mine, PageRequest.after("!!", 2)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cursor");
    }

    private static List<UUID> newestFirst(SecurityAlert a, SecurityAlert b) {
        return a.id().compareTo(b.id()) > 0 ? List.of(a.id(), b.id()) : List.of(b.id(), a.id());
    }

    private List<UUID> ids(AlertQuery query, int pageSize) {
        List<UUID> ids = new ArrayList<>();
        Page<SecurityAlert> page = bed.alerts.list(officer, query, PageRequest.first(pageSize));
        page.items().forEach(a -> ids.add(a.id()));
        while (page.hasNext()) {
            page = bed.alerts.list(officer, query, PageRequest.after(page.nextCursor().orElseThrow(), pageSize));
            page.items().forEach(a -> ids.add(a.id()));
        }
        return ids;
    }

    private SecurityAlert alertIn(AlertStatus status) {
        SecurityAlert alert = raise(null, AlertType.UNUSUAL_ACTIVITY, AlertSeverity.LOW);
        return switch (status) {
            case OPEN -> alert;
            case INVESTIGATING -> bed.alerts.transition(officer, alert.id(), AlertStatus.INVESTIGATING, null);
            case RESOLVED, FALSE_POSITIVE -> bed.alerts.transition(officer, alert.id(), status, null);
        };
    }
}
