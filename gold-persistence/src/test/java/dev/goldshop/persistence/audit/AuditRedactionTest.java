package dev.goldshop.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.audit.AuditEntry;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What reaches the trail: no secrets (LOG-03), masked national ids, one-line user agents (LOG-04). */
@ExtendWith(PostgresExtension.class)
class AuditRedactionTest {
    private AuditTestBed bed;
    private CallContext auditor;

    @BeforeEach
    void open(TestDatabase db) {
        bed = AuditTestBed.open(db, null);
        auditor = bed.user("auditor", Permissions.AUDIT_READ);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    /** A record as a facade would pass it, with a secret among its components. */
    record Credentials(String username, String password, String passwordHash) {
    }

    private AuditEntry onlyEntryOf(String type, UUID id) {
        List<AuditEntry> items = bed.trail.history(auditor, type, id, PageRequest.first()).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private String storedJson(UUID resourceId) throws Exception {
        try (Connection c = bed.db.connect(); PreparedStatement s = c.prepareStatement("SELECT coalesce(old_data::text,"
                + " '') || coalesce(new_data::text, '') || coalesce(additional_context::text, '') FROM audit_logs"
                + " WHERE resource_id = ?")) {
            s.setObject(1, resourceId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    @Test
    void passwords_hashes_and_tokens_never_reach_the_trail_and_national_ids_are_masked() throws Exception {
        UUID customer = UUID.randomUUID();
        Map<String, Object> before = Map.of("name", "Asha", "national_id", "AB1234567890",
                "password", "canary-old-password");
        Map<String, Object> after = Map.of("name", "Asha K", "national_id", "AB1234567890",
                "password", "canary-new-password", "password_hash", "$argon2id$v=19$canary-hash",
                "token", "canary-token",
                "profile", Map.of("passwordHash", "canary-nested-hash", "nationalId", "ZZ99887766",
                        "sessions", List.of(Map.of("token", "canary-token-in-list", "device", "till 2"))));
        bed.record(CallContext.system("import").withReason("merge"), new AuditEvent("update", "customer", customer,
                before, after, Map.of("reset_token", "canary-context-token", "national_id", "CC5550001111")));

        AuditEntry entry = onlyEntryOf("customer", customer);
        String stored = storedJson(customer);

        for (String text : List.of(entry.oldData(), entry.newData(), entry.additionalContext(), stored)) {
            assertThat(text).doesNotContain("canary").doesNotContain("argon2id")
                    .doesNotContain("AB1234567890").doesNotContain("ZZ99887766").doesNotContain("CC5550001111");
        }
        assertThat(entry.oldData()).contains("\"national_id\": \"****7890\"").contains("\"name\": \"Asha\"")
                .doesNotContain("password");
        assertThat(entry.newData()).contains("\"national_id\": \"****7890\"").contains("\"nationalId\": \"****7766\"")
                .contains("\"device\": \"till 2\"").doesNotContain("password").doesNotContain("token");
        assertThat(entry.additionalContext()).contains("\"national_id\": \"****1111\"")
                .contains("\"reason\": \"merge\"").doesNotContain("reset_token");
    }

    @Test
    void a_record_passed_as_data_loses_its_secret_components() throws Exception {
        UUID user = UUID.randomUUID();
        bed.record(CallContext.system("import"), AuditEvent.created("user", user,
                new Credentials("asha", "canary-password", "canary-hash")));

        assertThat(onlyEntryOf("user", user).newData()).isEqualTo("{\"username\": \"asha\"}");
        assertThat(storedJson(user)).doesNotContain("canary");
    }

    @Test
    void a_user_agent_with_cr_lf_is_stored_escaped_on_one_line() throws Exception {
        UUID session = UUID.randomUUID();
        CallContext ctx = bed.user("cashier").withClient("203.0.113.7", "Mozilla\r\nFAKE: injected\u0007");
        bed.record(ctx, new AuditEvent("login", "session", session, null, null, Map.of()));

        AuditEntry entry = onlyEntryOf("session", session);

        assertThat(entry.userAgent()).isEqualTo("Mozilla\\r\\nFAKE: injected\\u0007")
                .doesNotContain("\r").doesNotContain("\n");
        assertThat(entry.ipAddress()).isEqualTo("203.0.113.7");
        assertThat(bed.count("SELECT count(*) FROM audit_logs WHERE user_agent ~ '[\\r\\n]'")).isZero();
        assertThat(bed.count("SELECT count(*) FROM audit_logs WHERE user_agent = 'Mozilla\\r\\nFAKE: injected\\u0007'"))
                .isEqualTo(1);
    }
}
