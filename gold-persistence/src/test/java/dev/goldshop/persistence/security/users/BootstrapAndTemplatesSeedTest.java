package dev.goldshop.persistence.security.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.BootstrapRequest;
import dev.goldshop.core.security.BootstrapResult;
import dev.goldshop.core.security.Permission;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.security.Users;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.persistence.internal.security.Argon2PasswordHasher;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SECURITY.md AUTH-06 and AZ-01: a fresh shop has no user and so no known password; the first
 * owner is created once, by exactly one of several concurrent callers; the system templates
 * grant what their job needs and the owner template is exactly {@link Permissions#ALL}.
 */
@ExtendWith(PostgresExtension.class)
class BootstrapAndTemplatesSeedTest {

    @Test
    void a_freshly_migrated_database_has_no_user_at_all(TestDatabase db) throws SQLException {
        assertThat(count(db, "SELECT count(*) FROM users")).isZero();
        assertThat(count(db, "SELECT count(*) FROM roles")).isZero();
    }

    @Test
    void the_seeded_owner_template_is_exactly_every_permission(TestDatabase db) throws SQLException {
        Set<String> all = Permissions.ALL.stream().map(Permission::toString).collect(Collectors.toSet());
        assertThat(templates(db).get("owner"))
                .as("a permission added to Permissions needs a migration that grants it to the owner template"
                        + " (and to the other system templates that need it)")
                .isEqualTo(all);
        assertThat(Permissions.ALL).hasSameSizeAs(all);
    }

    @Test
    void the_five_system_templates_are_seeded_read_only_with_known_permissions_only(TestDatabase db)
            throws SQLException {
        Map<String, Set<String>> templates = templates(db);
        assertThat(templates.keySet()).contains("owner", "manager", "cashier", "accountant", "auditor");
        Set<String> all = Permissions.ALL.stream().map(Permission::toString).collect(Collectors.toSet());
        templates.values().forEach(granted -> assertThat(all).containsAll(granted));
        assertThat(count(db, "SELECT count(*) FROM permission_templates WHERE name IN"
                + " ('owner', 'manager', 'cashier', 'accountant', 'auditor') AND is_system_template")).isEqualTo(5);
    }

    @Test
    void the_manager_has_everything_but_administration_audit_verification_manual_journals_and_erasure(
            TestDatabase db) throws SQLException {
        Set<String> expected = Permissions.ALL.stream().map(Permission::toString).collect(Collectors.toSet());
        expected.removeAll(names(Permissions.USER_CREATE, Permissions.USER_UPDATE, Permissions.USER_DEACTIVATE,
                Permissions.USER_RESET_PASSWORD, Permissions.ROLE_CREATE, Permissions.ROLE_UPDATE,
                Permissions.ROLE_DELETE, Permissions.TEMPLATE_CREATE, Permissions.TEMPLATE_UPDATE,
                Permissions.TEMPLATE_DELETE, Permissions.AUDIT_VERIFY, Permissions.LEDGER_POST,
                Permissions.CUSTOMER_ERASE));
        assertThat(templates(db).get("manager")).isEqualTo(expected);
    }

    @Test
    void the_cashier_can_sell_and_nothing_administrative_no_voids_no_discount_override_no_pii(TestDatabase db)
            throws SQLException {
        Set<String> cashier = templates(db).get("cashier");
        assertThat(cashier).containsAll(names(Permissions.INVENTORY_READ, Permissions.RATE_READ,
                Permissions.PRICING_QUOTE, Permissions.INVOICE_CREATE, Permissions.INVOICE_ISSUE,
                Permissions.PAYMENT_CREATE, Permissions.CUSTOMER_READ, Permissions.CUSTOMER_CREATE,
                Permissions.COMMUNICATION_MANAGE, Permissions.LOYALTY_READ, Permissions.LOYALTY_REDEEM));
        assertThat(cashier).doesNotContainAnyElementsOf(names(Permissions.INVOICE_VOID, Permissions.INVOICE_RETURN,
                Permissions.DISCOUNT_OVERRIDE, Permissions.CUSTOMER_PII_READ, Permissions.CUSTOMER_EXPORT,
                Permissions.INVENTORY_COST_READ, Permissions.SETTINGS_UPDATE, Permissions.AUDIT_READ));
        assertThat(cashier).noneMatch(p -> p.startsWith("user:") || p.startsWith("role:")
                || p.startsWith("permission_template:") || p.startsWith("session:") || p.startsWith("ledger:"));
    }

    @Test
    void the_auditor_only_reads_and_verifies(TestDatabase db) throws SQLException {
        Set<String> auditor = templates(db).get("auditor");
        assertThat(auditor).containsAll(names(Permissions.AUDIT_READ, Permissions.AUDIT_VERIFY, Permissions.ALERT_READ,
                Permissions.INVOICE_READ, Permissions.PAYMENT_READ, Permissions.LEDGER_READ, Permissions.USER_READ,
                Permissions.ROLE_READ, Permissions.SESSION_READ));
        assertThat(auditor).allMatch(p -> p.endsWith(":read") || p.equals("audit:verify"));
    }

    @Test
    void the_accountant_keeps_the_books_and_reads_the_rest(TestDatabase db) throws SQLException {
        assertThat(templates(db).get("accountant")).isEqualTo(names(Permissions.LEDGER_READ, Permissions.LEDGER_POST,
                Permissions.REPORT_READ, Permissions.PAYMENT_READ, Permissions.INVOICE_READ,
                Permissions.SETTINGS_READ, Permissions.KPI_READ, Permissions.ANALYTICS_READ));
    }

    @Test
    void bootstrap_creates_the_owner_once_with_one_audit_row_and_refuses_afterwards(TestDatabase template)
            throws Exception {
        TestDatabase db = template.createMigratedDatabase();
        try (GoldShop shop = db.engineBuilder().build()) {
            Users users = shop.facade(Users.class);
            BootstrapResult result = users.bootstrapOwner(BootstrapRequest.withPassword("Olga", "olga@example.com",
                    "Olga Owner", "the owner's own passphrase".toCharArray()));
            assertThat(result.passwordWasGenerated()).isFalse();
            assertThat(result.owner().username()).isEqualTo("Olga");
            assertThat(result.owner().roleId()).isEqualTo(result.ownerRole().id());
            assertThat(result.ownerRole().name()).isEqualTo("owner");
            assertThat(result.ownerRole().system()).isTrue();
            assertThat(result.ownerRole().permissions()).containsExactlyInAnyOrderElementsOf(Permissions.ALL);
            assertThat(result.toString()).doesNotContain("passphrase");
            assertThat(count(db, "SELECT count(*) FROM audit_logs WHERE action_type = 'bootstrap'"
                    + " AND resource_id = '" + result.owner().id() + "' AND actor_name = 'system:bootstrap'"))
                    .isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM audit_logs")).isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM audit_logs WHERE a::text LIKE '%argon2%'"
                    .replace("audit_logs", "audit_logs a"))).isZero();

            CallContext owner = CallContext.of(Actor.user(result.owner().id(), "Olga"));
            assertThat(users.get(owner, result.owner().id())).contains(result.owner());

            long rows = count(db, "SELECT count(*) FROM users") + count(db, "SELECT count(*) FROM roles")
                    + count(db, "SELECT count(*) FROM audit_logs");
            assertThatThrownBy(() -> users.bootstrapOwner(BootstrapRequest.withPassword("second",
                    "second@example.com", "Second Owner", "another strong passphrase".toCharArray())))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("first run");
            assertThat(count(db, "SELECT count(*) FROM users") + count(db, "SELECT count(*) FROM roles")
                    + count(db, "SELECT count(*) FROM audit_logs")).isEqualTo(rows);
        } finally {
            db.drop();
        }
    }

    @Test
    void eight_concurrent_bootstraps_on_two_engines_make_exactly_one_owner(TestDatabase template) throws Exception {
        TestDatabase db = template.createMigratedDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (GoldShop first = db.engineBuilder().build(); GoldShop second = db.engineBuilder().build()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<BootstrapResult>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Users users = (i % 2 == 0 ? first : second).facade(Users.class);
                String name = "owner" + i;
                Callable<BootstrapResult> attempt = () -> {
                    start.await();
                    return users.bootstrapOwner(BootstrapRequest.withGeneratedPassword(name, name + "@example.com",
                            "Owner " + name));
                };
                attempts.add(pool.submit(attempt));
            }
            start.countDown();
            int won = 0;
            int refused = 0;
            for (Future<BootstrapResult> attempt : attempts) {
                try {
                    attempt.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(BusinessRuleException.class);
                    refused++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(refused).isEqualTo(7);
            assertThat(count(db, "SELECT count(*) FROM users")).isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM roles")).isEqualTo(1);
            assertThat(count(db, "SELECT count(*) FROM audit_logs")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
            db.drop();
        }
    }

    @Test
    void a_generated_password_is_strong_returned_once_and_is_the_stored_one(TestDatabase template)
            throws Exception {
        TestDatabase db = template.createMigratedDatabase();
        try (GoldShop shop = db.engineBuilder().build()) {
            BootstrapResult result = shop.facade(Users.class).bootstrapOwner(
                    BootstrapRequest.withGeneratedPassword("olga", "olga@example.com", "Olga Owner"));
            char[] generated = result.generatedPassword();
            assertThat(result.passwordWasGenerated()).isTrue();
            assertThat(generated).hasSizeGreaterThanOrEqualTo(20);
            assertThat(result.toString()).doesNotContain(new String(generated));
            String stored;
            try (Connection c = db.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT password_hash FROM users")) {
                rs.next();
                stored = rs.getString(1);
            }
            assertThat(new Argon2PasswordHasher().verify(generated, stored)).isTrue();
            assertThat(count(db, "SELECT count(*) FROM audit_logs a WHERE strpos(a::text, '" + new String(generated)
                    + "') > 0")).isZero();
        } finally {
            db.drop();
        }
    }

    @Test
    void bad_bootstrap_input_names_every_field_and_writes_nothing(TestDatabase template) throws Exception {
        TestDatabase db = template.createMigratedDatabase();
        try (GoldShop shop = db.engineBuilder().build()) {
            Users users = shop.facade(Users.class);
            ValidationException refused = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                    () -> users.bootstrapOwner(BootstrapRequest.withPassword(" x", "not-an-address", "",
                            "password123".toCharArray())));
            Map<String, FieldError> byField = new HashMap<>();
            refused.fieldErrors().forEach(e -> byField.put(e.field(), e));
            assertThat(byField.keySet()).containsExactlyInAnyOrder("username", "email", "fullName", "password");
            assertThat(byField.get("username").message()).contains("3 to 100");
            assertThat(byField.get("email").message()).contains("name@example.com");
            assertThat(byField.get("password").rejectedValue()).isNull();
            assertThat(refused.getMessage()).doesNotContain("password123");
            assertThatThrownBy(() -> users.bootstrapOwner(null)).isInstanceOf(ValidationException.class);
            assertThat(count(db, "SELECT count(*) FROM users") + count(db, "SELECT count(*) FROM roles")
                    + count(db, "SELECT count(*) FROM audit_logs")).isZero();
        } finally {
            db.drop();
        }
    }

    private static Set<String> names(Permission... permissions) {
        Set<String> names = new HashSet<>();
        for (Permission p : permissions) {
            names.add(p.toString());
        }
        return names;
    }

    private static Map<String, Set<String>> templates(TestDatabase db) throws SQLException {
        Map<String, Set<String>> templates = new HashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT t.name, p FROM permission_templates t,"
                        + " jsonb_array_elements_text(t.permissions) p WHERE t.is_system_template")) {
            while (rs.next()) {
                templates.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        return templates;
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
