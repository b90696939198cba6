package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.NewRole;
import dev.goldshop.core.security.Permission;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.security.Role;
import dev.goldshop.core.security.Roles;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.PermissionTemplateMapper;
import dev.goldshop.persistence.internal.mapper.RoleMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link Roles} over {@code roles}. Every change to who may do what announces itself through
 * {@link Calls#permissionsChanged}, so every engine's permission cache drops after commit.
 */
final class RolesService implements Roles {
    private final Calls calls;
    private final IdGenerator ids;

    RolesService(Calls calls, IdGenerator ids) {
        this.calls = calls;
        this.ids = ids;
    }

    @Override
    public Role create(CallContext ctx, NewRole role) {
        calls.authorize(ctx, Permissions.ROLE_CREATE);
        if (role == null) {
            throw ValidationException.of("role", null, "is required: name, description and permissions");
        }
        List<FieldError> errors = new ArrayList<>();
        SecurityFields.name(errors, "name", role.name());
        SecurityFields.description(errors, role.description());
        PermissionSets.validate(errors, "permissions", role.permissions());
        SecurityFields.throwIfAny(errors);
        Set<Permission> permissions = Set.copyOf(role.permissions());
        return GrantDenied.write(calls, ctx, tx -> {
            GrantDenied.requireHeld(calls, ctx, permissions, "role", null);
            RoleRow created = insert(tx, role.name(), role.description(), permissions);
            return Audited.of(created.toRole(), AuditEvent.created("role", created.id(), created));
        });
    }

    @Override
    public Role createFromTemplate(CallContext ctx, UUID templateId, String roleName) {
        calls.authorize(ctx, Permissions.ROLE_CREATE);
        List<FieldError> errors = new ArrayList<>();
        SecurityFields.requiredId(errors, "templateId", templateId);
        SecurityFields.name(errors, "roleName", roleName);
        SecurityFields.throwIfAny(errors);
        return GrantDenied.write(calls, ctx, tx -> {
            TemplateRow template = template(tx, templateId);
            Set<Permission> permissions = PermissionSets.fromJson(template.permissions());
            GrantDenied.requireHeld(calls, ctx, permissions, "role", null);
            RoleRow created = insert(tx, roleName, template.description(), permissions);
            return Audited.of(created.toRole(),
                    AuditEvent.created("role", created.id(), created).with("template", template.name()));
        });
    }

    @Override
    public Role updatePermissions(CallContext ctx, UUID roleId, Set<Permission> permissions, long version) {
        calls.authorize(ctx, Permissions.ROLE_UPDATE);
        List<FieldError> errors = new ArrayList<>();
        SecurityFields.requiredId(errors, "roleId", roleId);
        PermissionSets.validate(errors, "permissions", permissions);
        SecurityFields.throwIfAny(errors);
        Set<Permission> granted = Set.copyOf(permissions);
        return GrantDenied.write(calls, ctx, tx -> {
            RoleRow before = role(tx, roleId);
            if (before.system()) {
                throw new BusinessRuleException("role '" + before.name() + "' is a system role: its permissions follow"
                        + " the system template '" + before.name() + "'; re-apply that template to bring it up to date");
            }
            return changePermissions(tx, ctx, before, granted, version, null);
        });
    }

    @Override
    public Role reapplyTemplate(CallContext ctx, UUID roleId, UUID templateId, long version) {
        calls.authorize(ctx, Permissions.ROLE_UPDATE);
        List<FieldError> errors = new ArrayList<>();
        SecurityFields.requiredId(errors, "roleId", roleId);
        SecurityFields.requiredId(errors, "templateId", templateId);
        SecurityFields.throwIfAny(errors);
        return GrantDenied.write(calls, ctx, tx -> {
            RoleRow before = role(tx, roleId);
            TemplateRow template = template(tx, templateId);
            if (before.system() && !(template.system() && template.name().equals(before.name()))) {
                throw new BusinessRuleException("role '" + before.name() + "' is a system role and follows only the"
                        + " system template '" + before.name() + "', not '" + template.name() + "'");
            }
            return changePermissions(tx, ctx, before, PermissionSets.fromJson(template.permissions()), version,
                    template.name());
        });
    }

    @Override
    public Role rename(CallContext ctx, UUID roleId, String name, String description, long version) {
        calls.authorize(ctx, Permissions.ROLE_UPDATE);
        List<FieldError> errors = new ArrayList<>();
        SecurityFields.requiredId(errors, "roleId", roleId);
        SecurityFields.name(errors, "name", name);
        SecurityFields.description(errors, description);
        SecurityFields.throwIfAny(errors);
        return calls.writeAuthorized(ctx, tx -> {
            RoleMapper roles = tx.mapper(RoleMapper.class);
            RoleRow before = role(tx, roleId);
            if (before.system() && !before.name().equals(name)) {
                throw new BusinessRuleException("role '" + before.name() + "' is a system role and keeps its name");
            }
            if (roles.updateDetails(roleId, name, description, version, Versions.now(calls.clock())) == 0) {
                throw Versions.stale("role", roleId, version);
            }
            RoleRow after = roles.selectById(roleId);
            return Audited.of(after.toRole(), AuditEvent.updated("role", roleId, before, after));
        });
    }

    @Override
    public void delete(CallContext ctx, UUID roleId, long version) {
        calls.authorize(ctx, Permissions.ROLE_DELETE);
        if (roleId == null) {
            throw ValidationException.of("roleId", null, "is required: the id of an existing role");
        }
        calls.writeAuthorized(ctx, tx -> {
            RoleMapper roles = tx.mapper(RoleMapper.class);
            RoleRow before = role(tx, roleId);
            if (before.system()) {
                throw new BusinessRuleException("role '" + before.name() + "' is a system role and cannot be deleted");
            }
            long holders = roles.countUsers(roleId);
            if (holders > 0) {
                throw new BusinessRuleException("role '" + before.name() + "' is held by " + holders
                        + " user(s), active or not; give them another role first");
            }
            if (roles.delete(roleId, version) == 0) {
                throw Versions.stale("role", roleId, version);
            }
            return Audited.of(null, AuditEvent.deleted("role", roleId, before));
        });
    }

    @Override
    public Optional<Role> get(CallContext ctx, UUID roleId) {
        return calls.read(ctx, Permissions.ROLE_READ, tx -> roleId == null ? Optional.empty()
                : Optional.ofNullable(tx.mapper(RoleMapper.class).selectById(roleId)).map(RoleRow::toRole));
    }

    @Override
    public Page<Role> list(CallContext ctx, PageRequest page) {
        return calls.read(ctx, Permissions.ROLE_READ, tx -> Keyset.page("roles",
                page == null ? PageRequest.first() : page,
                (after, limit) -> tx.mapper(RoleMapper.class).selectPage(after, limit), RoleRow::name,
                RoleRow::toRole));
    }

    private Audited<Role> changePermissions(Tx tx, CallContext ctx, RoleRow before, Set<Permission> permissions,
            long version, String templateName) {
        GrantDenied.requireHeld(calls, ctx, permissions, "role", before.id());
        RoleMapper roles = tx.mapper(RoleMapper.class);
        if (roles.updatePermissions(before.id(), PermissionSets.toJson(permissions), version,
                Versions.now(calls.clock())) == 0) {
            throw Versions.stale("role", before.id(), version);
        }
        calls.permissionsChanged(tx);
        RoleRow after = roles.selectById(before.id());
        AuditEvent event = AuditEvent.updated("role", before.id(), before, after);
        return Audited.of(after.toRole(), templateName == null ? event : event.with("template", templateName));
    }

    private RoleRow insert(Tx tx, String name, String description, Set<Permission> permissions) {
        RoleMapper roles = tx.mapper(RoleMapper.class);
        Instant now = Versions.now(calls.clock());
        UUID id = ids.newId();
        roles.insert(new RoleRow(id, name, description, PermissionSets.toJson(permissions), false, now, now, 0));
        return roles.selectById(id);
    }

    private static RoleRow role(Tx tx, UUID roleId) {
        RoleRow role = tx.mapper(RoleMapper.class).selectById(roleId);
        if (role == null) {
            throw new NotFoundException("role", roleId);
        }
        return role;
    }

    private static TemplateRow template(Tx tx, UUID templateId) {
        TemplateRow template = tx.mapper(PermissionTemplateMapper.class).selectById(templateId);
        if (template == null) {
            throw new NotFoundException("permission_template", templateId);
        }
        return template;
    }
}
