package dev.goldshop.persistence.internal.security;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.NewPermissionTemplate;
import dev.goldshop.core.security.PermissionTemplate;
import dev.goldshop.core.security.PermissionTemplateUpdate;
import dev.goldshop.core.security.PermissionTemplates;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.PermissionTemplateMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PermissionTemplates} over {@code permission_templates}. System templates are refused
 * here with a clear message, and the mapper's WHERE never matches them either.
 */
final class PermissionTemplatesService implements PermissionTemplates {
    private final Calls calls;
    private final IdGenerator ids;

    PermissionTemplatesService(Calls calls, IdGenerator ids) {
        this.calls = calls;
        this.ids = ids;
    }

    @Override
    public PermissionTemplate create(CallContext ctx, NewPermissionTemplate template) {
        calls.authorize(ctx, Permissions.TEMPLATE_CREATE);
        if (template == null) {
            throw ValidationException.of("template", null, "is required: name, description and permissions");
        }
        List<FieldError> errors = new ArrayList<>();
        SecurityFields.name(errors, "name", template.name());
        SecurityFields.description(errors, template.description());
        PermissionSets.validate(errors, "permissions", template.permissions());
        SecurityFields.throwIfAny(errors);
        return calls.writeAuthorized(ctx, tx -> {
            PermissionTemplateMapper templates = tx.mapper(PermissionTemplateMapper.class);
            UUID id = ids.newId();
            templates.insert(new TemplateRow(id, template.name(), template.description(),
                    PermissionSets.toJson(template.permissions()), false, ctx.actor().userId(),
                    Versions.now(calls.clock()), 0));
            TemplateRow created = templates.selectById(id);
            return Audited.of(created.toTemplate(), AuditEvent.created("permission_template", id, created));
        });
    }

    @Override
    public PermissionTemplate update(CallContext ctx, UUID templateId, PermissionTemplateUpdate update,
            long version) {
        calls.authorize(ctx, Permissions.TEMPLATE_UPDATE);
        List<FieldError> errors = new ArrayList<>();
        SecurityFields.requiredId(errors, "templateId", templateId);
        if (update == null) {
            errors.add(new FieldError("update", null, "is required: name, description and permissions"));
        } else {
            SecurityFields.name(errors, "name", update.name());
            SecurityFields.description(errors, update.description());
            PermissionSets.validate(errors, "permissions", update.permissions());
        }
        SecurityFields.throwIfAny(errors);
        return calls.writeAuthorized(ctx, tx -> {
            PermissionTemplateMapper templates = tx.mapper(PermissionTemplateMapper.class);
            TemplateRow before = custom(tx, templateId);
            if (templates.update(templateId, update.name(), update.description(),
                    PermissionSets.toJson(update.permissions()), version) == 0) {
                throw Versions.stale("permission_template", templateId, version);
            }
            TemplateRow after = templates.selectById(templateId);
            return Audited.of(after.toTemplate(), AuditEvent.updated("permission_template", templateId, before, after));
        });
    }

    @Override
    public void delete(CallContext ctx, UUID templateId, long version) {
        calls.authorize(ctx, Permissions.TEMPLATE_DELETE);
        if (templateId == null) {
            throw ValidationException.of("templateId", null, "is required: the id of an existing template");
        }
        calls.writeAuthorized(ctx, tx -> {
            TemplateRow before = custom(tx, templateId);
            if (tx.mapper(PermissionTemplateMapper.class).delete(templateId, version) == 0) {
                throw Versions.stale("permission_template", templateId, version);
            }
            return Audited.of(null, AuditEvent.deleted("permission_template", templateId, before));
        });
    }

    @Override
    public Optional<PermissionTemplate> get(CallContext ctx, UUID templateId) {
        return calls.read(ctx, Permissions.TEMPLATE_READ, tx -> templateId == null ? Optional.empty()
                : Optional.ofNullable(tx.mapper(PermissionTemplateMapper.class).selectById(templateId))
                        .map(TemplateRow::toTemplate));
    }

    @Override
    public Optional<PermissionTemplate> findByName(CallContext ctx, String name) {
        return calls.read(ctx, Permissions.TEMPLATE_READ, tx -> name == null ? Optional.empty()
                : Optional.ofNullable(tx.mapper(PermissionTemplateMapper.class).selectByName(name))
                        .map(TemplateRow::toTemplate));
    }

    @Override
    public Page<PermissionTemplate> list(CallContext ctx, PageRequest page) {
        return calls.read(ctx, Permissions.TEMPLATE_READ, tx -> Keyset.page("permission_templates",
                page == null ? PageRequest.first() : page,
                (after, limit) -> tx.mapper(PermissionTemplateMapper.class).selectPage(after, limit),
                TemplateRow::name, TemplateRow::toTemplate));
    }

    private static TemplateRow custom(Tx tx, UUID templateId) {
        TemplateRow template = tx.mapper(PermissionTemplateMapper.class).selectById(templateId);
        if (template == null) {
            throw new NotFoundException("permission_template", templateId);
        }
        if (template.system()) {
            throw new BusinessRuleException("permission template '" + template.name() + "' ships with the SDK and is"
                    + " read-only; create a custom template with the permissions you want instead");
        }
        return template;
    }
}
