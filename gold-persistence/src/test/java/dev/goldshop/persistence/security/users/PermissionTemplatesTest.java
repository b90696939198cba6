package dev.goldshop.persistence.security.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.NewPermissionTemplate;
import dev.goldshop.core.security.Permission;
import dev.goldshop.core.security.PermissionTemplate;
import dev.goldshop.core.security.PermissionTemplateUpdate;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.util.ArrayList;
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

/** The PermissionTemplates facade: custom templates change, system templates are read-only. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionTemplatesTest {
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
    void creates_reads_and_finds_a_custom_template_with_one_audit_row() throws Exception {
        Set<UUID> audit = bed.auditIds();
        PermissionTemplate created = bed.templates.create(bed.owner, new NewPermissionTemplate("Night guard",
                "locks up", Set.of(Permissions.INVENTORY_READ, Permissions.ALERT_READ)));
        assertThat(created.system()).isFalse();
        assertThat(created.createdBy()).isEqualTo(bed.bootstrap.owner().id());
        assertThat(created.permissions()).containsExactlyInAnyOrder(Permissions.INVENTORY_READ, Permissions.ALERT_READ);
        assertThat(bed.templates.get(bed.owner, created.id())).contains(created);
        assertThat(bed.templates.findByName(bed.owner, "Night guard")).contains(created);
        assertThat(bed.templates.findByName(bed.owner, "night guard")).as("exact name").isEmpty();
        assertThat(bed.templates.get(bed.owner, UUID.randomUUID())).isEmpty();
        bed.oneAuditRow(audit, "create", "permission_template", created.id(), "success");
        assertThatThrownBy(() -> bed.templates.create(bed.owner, new NewPermissionTemplate("Night guard", null,
                Set.of()))).isInstanceOf(ConflictException.class);
    }

    @Test
    void bad_input_is_refused_with_the_field_and_nothing_is_written() throws Exception {
        Map<String, Long> before = bed.rowCounts();
        ValidationException refused = assertThrows(ValidationException.class, () -> bed.templates.create(bed.owner,
                new NewPermissionTemplate("", "d".repeat(1001), Set.of(Permission.parse("vault:open")))));
        assertThat(refused.fieldErrors()).extracting(e -> e.field())
                .containsExactlyInAnyOrder("name", "description", "permissions");
        assertThat(refused.getMessage()).contains("vault:open").contains("Permissions.ALL");
        assertThrows(ValidationException.class, () -> bed.templates.create(bed.owner, null));
        assertThrows(ValidationException.class, () -> bed.templates.update(bed.owner, UUID.randomUUID(), null, 0));
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void update_and_delete_change_a_custom_template_and_refuse_stale_versions_and_unknown_ids() throws Exception {
        PermissionTemplate template = bed.templates.create(bed.owner, new NewPermissionTemplate(
                SecurityBed.unique("editable "), null, Set.of(Permissions.INVOICE_READ)));
        Set<UUID> audit = bed.auditIds();
        PermissionTemplate changed = bed.templates.update(bed.owner, template.id(), new PermissionTemplateUpdate(
                template.name() + "b", "described", Set.of(Permissions.PAYMENT_READ)), template.version());
        assertThat(changed.name()).isEqualTo(template.name() + "b");
        assertThat(changed.permissions()).containsExactly(Permissions.PAYMENT_READ);
        assertThat(changed.version()).isEqualTo(template.version() + 1);
        SecurityBed.AuditLine line = bed.oneAuditRow(audit, "update", "permission_template", template.id(),
                "success");
        assertThat(line.oldData()).contains("invoice:read");
        assertThat(line.newData()).contains("payment:read");

        Map<String, Long> before = bed.rowCounts();
        ConflictException stale = assertThrows(ConflictException.class, () -> bed.templates.update(bed.owner,
                template.id(), new PermissionTemplateUpdate("x", null, Set.of()), template.version()));
        assertThat(stale.code()).isEqualTo(ErrorCode.STALE_VERSION);
        assertThatThrownBy(() -> bed.templates.delete(bed.owner, template.id(), template.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bed.templates.update(bed.owner, UUID.randomUUID(),
                new PermissionTemplateUpdate("x", null, Set.of()), 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.templates.delete(bed.owner, UUID.randomUUID(), 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();

        audit = bed.auditIds();
        bed.templates.delete(bed.owner, template.id(), changed.version());
        assertThat(bed.templates.get(bed.owner, template.id())).isEmpty();
        bed.oneAuditRow(audit, "delete", "permission_template", template.id(), "success");
    }

    @Test
    void system_templates_are_read_only() throws Exception {
        PermissionTemplate owner = bed.templates.findByName(bed.owner, "owner").orElseThrow();
        assertThat(owner.system()).isTrue();
        assertThat(owner.createdBy()).isNull();
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.templates.update(bed.owner, owner.id(),
                new PermissionTemplateUpdate("owner", null, Set.of()), owner.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> bed.templates.delete(bed.owner, owner.id(), owner.version()))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(bed.changedSince(before)).isEmpty();
        assertThat(bed.templates.get(bed.owner, owner.id()).orElseThrow().permissions())
                .containsExactlyInAnyOrderElementsOf(Permissions.ALL);
    }

    @Test
    void list_pages_by_name_and_includes_the_system_templates() throws Exception {
        List<String> seen = new ArrayList<>();
        Page<PermissionTemplate> page = bed.templates.list(bed.owner, PageRequest.first(2));
        seen.addAll(page.items().stream().map(PermissionTemplate::name).toList());
        while (page.hasNext()) {
            page = bed.templates.list(bed.owner, PageRequest.after(page.nextCursor().orElseThrow(), 2));
            seen.addAll(page.items().stream().map(PermissionTemplate::name).toList());
        }
        assertThat(seen).contains("owner", "manager", "cashier", "accountant", "auditor")
                .isEqualTo(bed.strings("SELECT name FROM permission_templates ORDER BY name"));
    }

    @Test
    void every_method_refuses_an_actor_without_permissions_and_leaves_only_the_denied_audit_row() throws Exception {
        CallContext nobody = bed.nobody();
        PermissionTemplate target = bed.templates.create(bed.owner, new NewPermissionTemplate(
                SecurityBed.unique("target "), null, Set.of()));
        Map<String, Consumer<CallContext>> calls = new LinkedHashMap<>();
        calls.put("create", ctx -> bed.templates.create(ctx, new NewPermissionTemplate("denied", null, Set.of())));
        calls.put("update", ctx -> bed.templates.update(ctx, target.id(),
                new PermissionTemplateUpdate("denied", null, Set.of()), 0));
        calls.put("delete", ctx -> bed.templates.delete(ctx, target.id(), 0));
        calls.put("get", ctx -> bed.templates.get(ctx, target.id()));
        calls.put("findByName", ctx -> bed.templates.findByName(ctx, "owner"));
        calls.put("list", ctx -> bed.templates.list(ctx, PageRequest.first()));
        for (Map.Entry<String, Consumer<CallContext>> call : calls.entrySet()) {
            Map<String, Long> before = bed.rowCounts();
            Set<UUID> audit = bed.auditIds();
            assertThatThrownBy(() -> call.getValue().accept(nobody)).as(call.getKey())
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(bed.changedSince(before)).as(call.getKey()).isEqualTo(Map.of("audit_logs", 1L));
            assertThat(bed.auditSince(audit).get(0).outcome()).as(call.getKey()).isEqualTo("denied");
        }
    }
}
