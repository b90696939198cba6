package dev.goldshop.persistence.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goldshop.core.catalog.AttributeDefinition;
import dev.goldshop.core.catalog.CategoryTemplate;
import dev.goldshop.core.catalog.CategoryTemplateDraft;
import dev.goldshop.core.catalog.CategoryTemplates;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.CategoryTemplateMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link CategoryTemplates} over {@code category_templates}. */
final class CategoryTemplatesService implements CategoryTemplates {
    private static final String RESOURCE = "category_template";
    private static final String LIST = "category_templates";

    private final Calls calls;
    private final StockWriter writer;
    private final ObjectMapper json;
    private final Cursors cursors;
    private final TemplateConformance conformance;

    CategoryTemplatesService(Calls calls, StockWriter writer, TemplateConformance conformance) {
        this.calls = calls;
        this.writer = writer;
        this.json = writer.json();
        this.cursors = new Cursors(json);
        this.conformance = conformance;
    }

    @Override
    public CategoryTemplate create(CallContext ctx, CategoryTemplateDraft draft) {
        return calls.write(ctx, Permissions.CATEGORY_MANAGE, tx -> {
            TemplateRules.check(draft);
            CategoryTemplateMapper templates = tx.mapper(CategoryTemplateMapper.class);
            nameFree(templates, draft.name(), null);
            Instant now = writer.now();
            JsonNode attributes = TemplateJson.write(json, draft.attributes());
            CategoryTemplateRow row = new CategoryTemplateRow(writer.newId(), draft.name(), draft.description(),
                    attributes, now, now, 0);
            templates.insert(row);
            CategoryTemplate created = TemplateJson.template(row);
            return Audited.of(created, AuditEvent.created(RESOURCE, row.id(), ItemViews.audit(created, attributes)));
        });
    }

    @Override
    public CategoryTemplate update(CallContext ctx, UUID id, CategoryTemplateDraft draft, long version) {
        return calls.write(ctx, Permissions.CATEGORY_MANAGE, tx -> {
            TemplateRules.check(draft);
            CategoryTemplateMapper templates = tx.mapper(CategoryTemplateMapper.class);
            // Locked first: items being created against this template hold it FOR SHARE, so the
            // check below sees every item that will exist when this commits.
            CategoryTemplateRow before = found(templates.selectByIdForUpdate(id), id);
            stale(before.version(), version, id);
            nameFree(templates, draft.name(), id);
            List<AttributeDefinition> definitions = new ArrayList<>(draft.attributes());
            conformance.requireItemsConform(tx, templates.selectCategoryIdsUsing(id), definitions,
                    "template '" + before.name() + "'");
            JsonNode attributes = TemplateJson.write(json, definitions);
            if (templates.update(id, draft.name(), draft.description(), attributes, writer.now(), version) == 0) {
                throw staleVersion(id, version);
            }
            CategoryTemplateRow after = templates.selectById(id);
            return Audited.of(TemplateJson.template(after), AuditEvent.updated(RESOURCE, id,
                    ItemViews.audit(TemplateJson.template(before), before.attributes()),
                    ItemViews.audit(TemplateJson.template(after), after.attributes())));
        });
    }

    @Override
    public void delete(CallContext ctx, UUID id, long version) {
        calls.write(ctx, Permissions.CATEGORY_MANAGE, tx -> {
            CategoryTemplateMapper templates = tx.mapper(CategoryTemplateMapper.class);
            CategoryTemplateRow before = found(templates.selectByIdForUpdate(id), id);
            stale(before.version(), version, id);
            List<String> users = templates.selectCategoryNamesUsing(id, 5);
            if (!users.isEmpty()) {
                throw new BusinessRuleException("Template '" + before.name() + "' is used by categor"
                        + (users.size() == 1 ? "y " : "ies ") + String.join(", ", users)
                        + "; give them another template (or none) before deleting it");
            }
            if (templates.delete(id, version) == 0) {
                throw staleVersion(id, version);
            }
            return Audited.of(null, AuditEvent.deleted(RESOURCE, id,
                    ItemViews.audit(TemplateJson.template(before), before.attributes())));
        });
    }

    @Override
    public Optional<CategoryTemplate> get(CallContext ctx, UUID id) {
        return calls.read(ctx, Permissions.CATEGORY_READ, tx -> Optional.ofNullable(
                tx.mapper(CategoryTemplateMapper.class).selectById(id)).map(TemplateJson::template));
    }

    @Override
    public Page<CategoryTemplate> list(CallContext ctx, PageRequest page) {
        return calls.read(ctx, Permissions.CATEGORY_READ, tx -> {
            PageRequest request = page == null ? PageRequest.first() : page;
            List<String> after = cursors.decode(LIST, request.cursor(), 2);
            UUID afterId = after == null ? null : uuid(after.get(1), request.cursor());
            List<CategoryTemplateRow> rows = tx.mapper(CategoryTemplateMapper.class)
                    .selectPage(after == null ? null : after.get(0), afterId, request.limit() + 1);
            boolean more = rows.size() > request.limit();
            List<CategoryTemplate> items = rows.stream().limit(request.limit()).map(TemplateJson::template).toList();
            CategoryTemplate last = items.isEmpty() ? null : items.get(items.size() - 1);
            return new Page<>(items, more ? Optional.of(cursors.encode(LIST, last.name(), last.id().toString()))
                    : Optional.empty());
        });
    }

    /**
     * A template, read and kept from changing until commit, while items are checked against it.
     *
     * @param tx the transaction
     * @param templateId the template, or null
     * @return the row, or null when {@code templateId} is null
     * @throws NotFoundException if there is no such template
     */
    static CategoryTemplateRow templateForShare(Tx tx, UUID templateId) {
        if (templateId == null) {
            return null;
        }
        CategoryTemplateRow row = tx.mapper(CategoryTemplateMapper.class).selectByIdForShare(templateId);
        if (row == null) {
            throw new NotFoundException("category template", templateId);
        }
        return row;
    }

    private static void nameFree(CategoryTemplateMapper templates, String name, UUID self) {
        CategoryTemplateRow holder = templates.selectByName(name);
        if (holder != null && !holder.id().equals(self)) {
            throw new ConflictException(ErrorCode.DUPLICATE, "name: a category template named '" + name
                    + "' already exists (" + holder.id() + ")", null);
        }
    }

    private static CategoryTemplateRow found(CategoryTemplateRow row, UUID id) {
        if (row == null) {
            throw new NotFoundException("category template", id);
        }
        return row;
    }

    private static void stale(long actual, long expected, UUID id) {
        if (actual != expected) {
            throw staleVersion(id, expected);
        }
    }

    private static ConflictException staleVersion(UUID id, long version) {
        return new ConflictException(ErrorCode.STALE_VERSION, "category template " + id
                + " was changed by someone else (expected version " + version + ")", null);
    }

    private static UUID uuid(String text, String cursor) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw Cursors.invalid(cursor);
        }
    }
}
