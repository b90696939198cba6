package dev.goldshop.persistence.security.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.NewPermissionTemplate;
import dev.goldshop.core.security.NewRole;
import dev.goldshop.core.security.Permission;
import dev.goldshop.core.security.PermissionTemplate;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.security.Role;
import dev.goldshop.core.security.User;
import dev.goldshop.core.security.Users;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Roles facade, deny by default (SECURITY.md AZ-01) and permission changes that take effect
 * at once, on this engine and on another one on the same database (AZ-04).
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolesTest {
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
    void creates_a_role_with_one_audit_row() throws Exception {
        Set<UUID> audit = bed.auditIds();
        Role role = bed.roles.create(bed.owner, new NewRole("Counter staff", "sells at the counter",
                Set.of(Permissions.INVOICE_READ, Permissions.INVOICE_CREATE)));
        assertThat(role.permissions()).containsExactlyInAnyOrder(Permissions.INVOICE_READ, Permissions.INVOICE_CREATE);
        assertThat(role.system()).isFalse();
        assertThat(role.version()).isZero();
        assertThat(bed.roles.get(bed.owner, role.id())).contains(role);
        SecurityBed.AuditLine line = bed.oneAuditRow(audit, "create", "role", role.id(), "success");
        assertThat(line.newData()).contains("invoice:create").contains("Counter staff");
    }

    @Test
    void unknown_permissions_are_named_and_point_at_the_known_list_and_nothing_is_written() throws Exception {
        Map<String, Long> before = bed.rowCounts();
        ValidationException refused = assertThrows(ValidationException.class, () -> bed.roles.create(bed.owner,
                new NewRole("Teleporters", null, Set.of(Permission.parse("gold:teleport"), Permissions.INVOICE_READ))));
        FieldError error = refused.fieldErrors().get(0);
        assertThat(error.field()).isEqualTo("permissions");
        assertThat(error.rejectedValue()).isEqualTo("gold:teleport");
        assertThat(error.message()).contains("gold:teleport").contains("Permissions.ALL");
        Map<String, FieldError> fields = new LinkedHashMap<>();
        assertThrows(ValidationException.class, () -> bed.roles.create(bed.owner, new NewRole(" ", "x\u0000", null)))
                .fieldErrors().forEach(e -> fields.put(e.field(), e));
        assertThat(fields.keySet()).containsExactlyInAnyOrder("name", "description", "permissions");
        assertThat(fields.get("name").message()).contains("1 to 100 characters");
        assertThrows(ValidationException.class, () -> bed.roles.create(bed.owner, null));
        Role role = bed.roles.create(bed.owner, new NewRole(SecurityBed.unique("valid"), null, Set.of()));
        before = bed.rowCounts();
        assertThrows(ValidationException.class, () -> bed.roles.updatePermissions(bed.owner, role.id(),
                Set.of(Permission.parse("gold:teleport")), role.version()));
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void a_role_made_from_a_template_copies_its_permissions_and_description() throws Exception {
        PermissionTemplate cashier = bed.templates.findByName(bed.owner, "cashier").orElseThrow();
        assertThat(cashier.system()).isTrue();
        Set<UUID> audit = bed.auditIds();
        Role role = bed.roles.createFromTemplate(bed.owner, cashier.id(), "Cashiers of the main shop");
        assertThat(role.permissions()).isEqualTo(cashier.permissions());
        assertThat(role.description()).isEqualTo(cashier.description());
        SecurityBed.AuditLine line = bed.oneAuditRow(audit, "create", "role", role.id(), "success");
        assertThat(line.context()).contains("cashier");
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.roles.createFromTemplate(bed.owner, UUID.randomUUID(), "Nobody"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.roles.createFromTemplate(bed.owner, cashier.id(), "Cashiers of the main shop"))
                .isInstanceOf(ConflictException.class);
        assertThat(byField(assertThrows(ValidationException.class,
                () -> bed.roles.createFromTemplate(bed.owner, null, "")))).containsExactlyInAnyOrder("templateId",
                "roleName");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void update_permissions_replaces_them_and_refuses_a_stale_version_an_unknown_role_or_a_system_role()
            throws Exception {
        Role role = bed.roles.create(bed.owner, new NewRole(SecurityBed.unique("editable"), null,
                Set.of(Permissions.INVOICE_READ)));
        Set<UUID> audit = bed.auditIds();
        Role changed = bed.roles.updatePermissions(bed.owner, role.id(),
                Set.of(Permissions.PAYMENT_READ, Permissions.LEDGER_READ), role.version());
        assertThat(changed.permissions()).containsExactlyInAnyOrder(Permissions.PAYMENT_READ, Permissions.LEDGER_READ);
        assertThat(changed.version()).isEqualTo(1);
        SecurityBed.AuditLine line = bed.oneAuditRow(audit, "update", "role", role.id(), "success");
        assertThat(line.oldData()).contains("invoice:read");
        assertThat(line.newData()).contains("ledger:read").doesNotContain("invoice:read");

        Map<String, Long> before = bed.rowCounts();
        ConflictException stale = assertThrows(ConflictException.class, () -> bed.roles.updatePermissions(bed.owner,
                role.id(), Set.of(), role.version()));
        assertThat(stale.code()).isEqualTo(ErrorCode.STALE_VERSION);
        assertThatThrownBy(() -> bed.roles.updatePermissions(bed.owner, UUID.randomUUID(), Set.of(), 0))
                .isInstanceOf(NotFoundException.class);
        Role ownerRole = bed.bootstrap.ownerRole();
        assertThatThrownBy(() -> bed.roles.updatePermissions(bed.owner, ownerRole.id(), Set.of(),
                ownerRole.version())).isInstanceOf(BusinessRuleException.class).hasMessageContaining("system role");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void reapplying_a_template_brings_the_role_up_to_date_and_a_system_role_follows_only_its_own()
            throws Exception {
        PermissionTemplate custom = bed.templates.create(bed.owner, new NewPermissionTemplate(
                SecurityBed.unique("stock clerk "), null, Set.of(Permissions.INVENTORY_READ)));
        Role role = bed.roles.createFromTemplate(bed.owner, custom.id(), SecurityBed.unique("clerks"));
        PermissionTemplate widened = bed.templates.update(bed.owner, custom.id(),
                new dev.goldshop.core.security.PermissionTemplateUpdate(custom.name(), null,
                        Set.of(Permissions.INVENTORY_READ, Permissions.STOCK_ADJUST)), custom.version());
        assertThat(bed.roles.get(bed.owner, role.id()).orElseThrow().permissions())
                .as("a template change does not reach the role by itself").containsExactly(Permissions.INVENTORY_READ);
        Set<UUID> audit = bed.auditIds();
        Role reapplied = bed.roles.reapplyTemplate(bed.owner, role.id(), widened.id(), role.version());
        assertThat(reapplied.permissions()).isEqualTo(widened.permissions());
        assertThat(bed.oneAuditRow(audit, "update", "role", role.id(), "success").context())
                .contains(custom.name());

        Role ownerRole = bed.roles.get(bed.owner, bed.bootstrap.ownerRole().id()).orElseThrow();
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.roles.reapplyTemplate(bed.owner, ownerRole.id(), custom.id(),
                ownerRole.version())).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> bed.roles.reapplyTemplate(bed.owner, role.id(), UUID.randomUUID(),
                reapplied.version())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.roles.reapplyTemplate(bed.owner, role.id(), custom.id(), role.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(bed.changedSince(before)).isEmpty();
        PermissionTemplate ownerTemplate = bed.templates.findByName(bed.owner, "owner").orElseThrow();
        assertThat(bed.roles.reapplyTemplate(bed.owner, ownerRole.id(), ownerTemplate.id(), ownerRole.version())
                .permissions()).containsExactlyInAnyOrderElementsOf(Permissions.ALL);
    }

    @Test
    void rename_changes_name_and_description_but_a_system_role_keeps_its_name() throws Exception {
        Role role = bed.roles.create(bed.owner, new NewRole(SecurityBed.unique("old name "), null, Set.of()));
        Set<UUID> audit = bed.auditIds();
        Role renamed = bed.roles.rename(bed.owner, role.id(), role.name() + " renamed", "now described",
                role.version());
        assertThat(renamed.name()).endsWith(" renamed");
        assertThat(renamed.description()).isEqualTo("now described");
        bed.oneAuditRow(audit, "update", "role", role.id(), "success");
        Role ownerRole = bed.roles.get(bed.owner, bed.bootstrap.ownerRole().id()).orElseThrow();
        assertThatThrownBy(() -> bed.roles.rename(bed.owner, ownerRole.id(), "boss", null, ownerRole.version()))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(bed.roles.rename(bed.owner, ownerRole.id(), "owner", "the one who owns the shop",
                ownerRole.version()).description()).isEqualTo("the one who owns the shop");
        assertThatThrownBy(() -> bed.roles.rename(bed.owner, role.id(), "x", null, role.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bed.roles.rename(bed.owner, UUID.randomUUID(), "x", null, 0))
                .isInstanceOf(NotFoundException.class);
        Map<String, Long> before = bed.rowCounts();
        assertThat(byField(assertThrows(ValidationException.class, () -> bed.roles.rename(bed.owner, role.id(),
                "x".repeat(101), "line\u0007bell", renamed.version())))).containsExactlyInAnyOrder("name",
                "description");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void delete_removes_an_unused_role_only() throws Exception {
        Role unused = bed.roles.create(bed.owner, new NewRole(SecurityBed.unique("unused"), null, Set.of()));
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.roles.delete(bed.owner, unused.id(), unused.version() + 1))
                .isInstanceOf(ConflictException.class);
        User holder = bed.user("holder's passphrase");
        before = bed.rowCounts();
        assertThatThrownBy(() -> bed.roles.delete(bed.owner, holder.roleId(), 0))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("held by 1");
        assertThatThrownBy(() -> bed.roles.delete(bed.owner, bed.bootstrap.ownerRole().id(),
                bed.roles.get(bed.owner, bed.bootstrap.ownerRole().id()).orElseThrow().version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("system role");
        assertThatThrownBy(() -> bed.roles.delete(bed.owner, UUID.randomUUID(), 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();
        Set<UUID> audit = bed.auditIds();
        bed.roles.delete(bed.owner, unused.id(), unused.version());
        assertThat(bed.roles.get(bed.owner, unused.id())).isEmpty();
        assertThat(bed.oneAuditRow(audit, "delete", "role", unused.id(), "success").oldData())
                .contains(unused.name());
    }

    @Test
    void list_pages_by_name() throws Exception {
        for (int i = 0; i < 3; i++) {
            bed.role();
        }
        List<String> seen = new ArrayList<>();
        Page<Role> page = bed.roles.list(bed.owner, PageRequest.first(2));
        seen.addAll(page.items().stream().map(Role::name).toList());
        while (page.hasNext()) {
            page = bed.roles.list(bed.owner, PageRequest.after(page.nextCursor().orElseThrow(), 2));
            seen.addAll(page.items().stream().map(Role::name).toList());
        }
        assertThat(seen).isEqualTo(bed.strings("SELECT name FROM roles ORDER BY name")).hasSizeGreaterThan(3);
    }

    @Test
    void no_one_grants_a_permission_they_do_not_hold() throws Exception {
        User admin = bed.user("role admin passphrase", Permissions.ROLE_CREATE, Permissions.ROLE_UPDATE,
                Permissions.ROLE_READ, Permissions.INVOICE_READ);
        CallContext ctx = SecurityBed.as(admin);
        Map<String, Long> before = bed.rowCounts();
        Set<UUID> audit = bed.auditIds();
        assertThatThrownBy(() -> bed.roles.create(ctx, new NewRole(SecurityBed.unique("voiders"), null,
                Set.of(Permissions.INVOICE_VOID, Permissions.INVOICE_READ))))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("invoice:void");
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        assertThat(bed.auditSince(audit).get(0).outcome()).isEqualTo("denied");
        PermissionTemplate manager = bed.templates.findByName(bed.owner, "manager").orElseThrow();
        assertThatThrownBy(() -> bed.roles.createFromTemplate(ctx, manager.id(), SecurityBed.unique("managers")))
                .isInstanceOf(PermissionDeniedException.class);
        Role own = bed.roles.create(ctx, new NewRole(SecurityBed.unique("readers"), null,
                Set.of(Permissions.INVOICE_READ)));
        assertThatThrownBy(() -> bed.roles.updatePermissions(ctx, own.id(), Set.of(Permissions.ROLE_DELETE),
                own.version())).isInstanceOf(PermissionDeniedException.class);
        assertThat(bed.roles.updatePermissions(ctx, own.id(), Set.of(), own.version()).permissions()).isEmpty();
    }

    @Test
    void every_method_refuses_an_actor_without_permissions_and_leaves_only_the_denied_audit_row() throws Exception {
        CallContext nobody = bed.nobody();
        Role role = bed.roles.create(bed.owner, new NewRole(SecurityBed.unique("target"), null, Set.of()));
        UUID template = bed.templates.findByName(bed.owner, "cashier").orElseThrow().id();
        Map<String, Consumer<CallContext>> calls = new LinkedHashMap<>();
        calls.put("create", ctx -> bed.roles.create(ctx, new NewRole("denied", null, Set.of())));
        calls.put("createFromTemplate", ctx -> bed.roles.createFromTemplate(ctx, template, "denied"));
        calls.put("updatePermissions", ctx -> bed.roles.updatePermissions(ctx, role.id(), Set.of(), 0));
        calls.put("reapplyTemplate", ctx -> bed.roles.reapplyTemplate(ctx, role.id(), template, 0));
        calls.put("rename", ctx -> bed.roles.rename(ctx, role.id(), "denied", null, 0));
        calls.put("delete", ctx -> bed.roles.delete(ctx, role.id(), 0));
        calls.put("get", ctx -> bed.roles.get(ctx, role.id()));
        calls.put("list", ctx -> bed.roles.list(ctx, PageRequest.first()));
        for (Map.Entry<String, Consumer<CallContext>> call : calls.entrySet()) {
            Map<String, Long> before = bed.rowCounts();
            Set<UUID> audit = bed.auditIds();
            assertThatThrownBy(() -> call.getValue().accept(nobody)).as(call.getKey())
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(bed.changedSince(before)).as(call.getKey()).isEqualTo(Map.of("audit_logs", 1L));
            assertThat(bed.auditSince(audit).get(0).outcome()).as(call.getKey()).isEqualTo("denied");
        }
    }

    @Test
    void a_revoked_permission_is_refused_on_the_very_next_call_of_this_engine() {
        User reader = bed.user("reader's passphrase", Permissions.USER_READ, Permissions.ROLE_READ);
        CallContext ctx = SecurityBed.as(reader);
        assertThat(bed.users.get(ctx, reader.id())).isPresent();
        Role role = bed.roles.get(bed.owner, reader.roleId()).orElseThrow();
        bed.roles.updatePermissions(bed.owner, role.id(), Set.of(Permissions.ROLE_READ), role.version());
        assertThatThrownBy(() -> bed.users.get(ctx, reader.id())).isInstanceOf(PermissionDeniedException.class);
        assertThat(bed.roles.get(ctx, role.id())).isPresent();
    }

    @Test
    void a_revoked_permission_and_a_grant_reach_a_second_engine_on_the_same_database_within_seconds(TestDatabase db)
            throws Exception {
        User reader = bed.user("distant reader's passphrase", Permissions.USER_READ);
        try (GoldShop second = db.engineBuilder().build()) {
            Users remote = second.facade(Users.class);
            CallContext ctx = SecurityBed.as(reader);
            assertThat(remote.get(ctx, reader.id())).as("warms the second engine's cache").isPresent();
            Role role = bed.roles.get(bed.owner, reader.roleId()).orElseThrow();
            Role revoked = bed.roles.updatePermissions(bed.owner, role.id(), Set.of(), role.version());
            assertThat(waitUntil(() -> refuses(() -> remote.get(ctx, reader.id())))).isTrue();

            bed.roles.updatePermissions(bed.owner, role.id(), Set.of(Permissions.USER_READ), revoked.version());
            assertThat(waitUntil(() -> !refuses(() -> remote.get(ctx, reader.id())))).isTrue();

            User current = bed.users.get(bed.owner, reader.id()).orElseThrow();
            bed.users.deactivate(bed.owner, reader.id(), current.version());
            assertThat(waitUntil(() -> refuses(() -> remote.get(ctx, reader.id())))).isTrue();
        }
    }

    private static boolean refuses(Runnable call) {
        try {
            call.run();
            return false;
        } catch (PermissionDeniedException refused) {
            return true;
        }
    }

    private static boolean waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    private static Set<String> byField(ValidationException e) {
        Set<String> fields = new HashSet<>();
        e.fieldErrors().forEach(error -> fields.add(error.field()));
        return fields;
    }
}
