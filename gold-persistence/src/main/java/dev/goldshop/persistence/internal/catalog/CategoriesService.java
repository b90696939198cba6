package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.catalog.Categories;
import dev.goldshop.core.catalog.Category;
import dev.goldshop.core.catalog.CategoryNode;
import dev.goldshop.core.catalog.NewCategory;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.call.Calls;
import dev.goldshop.persistence.internal.mapper.CategoryMapper;
import dev.goldshop.persistence.internal.mapper.CategoryTemplateMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * {@link Categories} over {@code categories}. Reads come from the engine's cached tree; every
 * change announces itself so that all engines drop theirs after commit.
 *
 * <p>Locks, always taken in this order and, within one statement, in id order: a category
 * being changed {@code FOR UPDATE}; a parent something is put under {@code FOR SHARE} (so that
 * it cannot be deactivated meanwhile); a move locks the moved category and the whole ancestor
 * chain of its new parent {@code FOR UPDATE}, re-reading the chain until it is stable under the
 * locks, so that no concurrent move can change that chain before this one commits.
 */
final class CategoriesService implements Categories {
    private static final String RESOURCE = "category";
    private static final int MAX_SORT_ORDER = 1_000_000;

    private final Calls calls;
    private final StockWriter writer;
    private final CategoryTreeCache tree;
    private final TemplateConformance conformance;

    CategoriesService(Calls calls, StockWriter writer, CategoryTreeCache tree, TemplateConformance conformance) {
        this.calls = calls;
        this.writer = writer;
        this.tree = tree;
        this.conformance = conformance;
    }

    @Override
    public Category create(CallContext ctx, NewCategory category) {
        return calls.write(ctx, Permissions.CATEGORY_MANAGE, tx -> {
            Fields fields = new Fields();
            if (category == null) {
                fields.reject("category", null, "is required");
                fields.throwIfAny();
            }
            fields.requiredText("name", category.name(), 100);
            fields.optionalText("description", category.description(), 2000);
            if (category.sortOrder() != null && (category.sortOrder() < 0 || category.sortOrder() > MAX_SORT_ORDER)) {
                fields.reject("sortOrder", category.sortOrder(), "must be from 0 to " + MAX_SORT_ORDER);
            }
            fields.throwIfAny();
            CategoryMapper categories = tx.mapper(CategoryMapper.class);
            String name = category.name().strip();
            if (category.parentId() != null) {
                Category parent = found(categories.selectByIdForShare(category.parentId()), category.parentId());
                requireActive(parent, "put categories under it");
            }
            if (category.templateId() != null
                    && tx.mapper(CategoryTemplateMapper.class).selectById(category.templateId()) == null) {
                throw new NotFoundException("category template", category.templateId());
            }
            siblingFree(categories, category.parentId(), name, null);
            int sortOrder = category.sortOrder() != null ? category.sortOrder() : nextSortOrder(categories,
                    category.parentId());
            Instant now = writer.now();
            Category created = new Category(writer.newId(), name, category.description(), category.parentId(),
                    category.templateId(), sortOrder, true, now, now, 0);
            categories.insert(created);
            tree.changed(tx);
            return Audited.of(created, AuditEvent.created(RESOURCE, created.id(), ItemViews.audit(created)));
        });
    }

    @Override
    public Category rename(CallContext ctx, UUID id, String name, long version) {
        return calls.write(ctx, Permissions.CATEGORY_MANAGE, tx -> {
            Fields fields = new Fields();
            fields.requiredText("name", name, 100);
            fields.throwIfAny();
            CategoryMapper categories = tx.mapper(CategoryMapper.class);
            Category before = found(categories.selectByIdForUpdate(id), id);
            stale(before, version);
            String newName = name.strip();
            siblingFree(categories, before.parentId(), newName, id);
            if (categories.rename(id, newName, writer.now(), version) == 0) {
                throw staleVersion(id, version);
            }
            return updated(tx, categories, before);
        });
    }

    @Override
    public Category move(CallContext ctx, UUID id, UUID newParentId, long version) {
        return calls.write(ctx, Permissions.CATEGORY_MANAGE, tx -> {
            CategoryMapper categories = tx.mapper(CategoryMapper.class);
            found(categories.selectById(id), id);
            LockedChain locked = lockForMove(categories, id, newParentId);
            Category before = locked.rows().get(id);
            stale(before, version);
            if (newParentId != null) {
                Category parent = locked.rows().get(newParentId);
                if (locked.chain().contains(id)) {
                    throw new BusinessRuleException("Cannot move category '" + before.name() + "' (" + id
                            + ") under '" + parent.name() + "' (" + newParentId + "): '" + parent.name() + "' is "
                            + (id.equals(newParentId) ? "the category itself" : "one of its descendants")
                            + ", and the tree would have a cycle");
                }
                requireActive(parent, "move categories under it");
            }
            siblingFree(categories, newParentId, before.name(), id);
            int sortOrder = nextSortOrder(categories, newParentId);
            if (categories.move(id, newParentId, sortOrder, writer.now(), version) == 0) {
                throw staleVersion(id, version);
            }
            return updated(tx, categories, before);
        });
    }

    /** The moved category and the new parent's ancestor chain, locked, with the chain as locked. */
    private record LockedChain(List<UUID> chain, Map<UUID, Category> rows) {
    }

    private static LockedChain lockForMove(CategoryMapper categories, UUID id, UUID newParentId) {
        Set<UUID> held = new HashSet<>();
        Map<UUID, Category> rows = new HashMap<>();
        while (true) {
            // Each statement sees what committed before it; once the chain read under our locks is
            // all locked, no one else can change it (changing it means updating a locked row).
            List<UUID> chain = newParentId == null ? List.of() : categories.selectAncestorIds(newParentId);
            if (newParentId != null && chain.isEmpty()) {
                throw new NotFoundException("category", newParentId);
            }
            Set<UUID> needed = new TreeSet<>(chain);
            needed.add(id);
            if (held.containsAll(needed)) {
                return new LockedChain(chain, rows);
            }
            for (Category row : categories.lockByIds(new ArrayList<>(needed))) {
                rows.put(row.id(), row);
            }
            held.addAll(needed);
        }
    }

    @Override
    public List<Category> reorder(CallContext ctx, UUID parentId, List<UUID> orderedChildIds) {
        return calls.write(ctx, Permissions.CATEGORY_MANAGE, tx -> {
            Fields fields = new Fields();
            if (orderedChildIds == null) {
                fields.reject("orderedChildIds", null, "is required: every child of the parent, in the new order");
                fields.throwIfAny();
            }
            Set<UUID> given = new LinkedHashSet<>();
            for (int i = 0; i < orderedChildIds.size(); i++) {
                UUID child = orderedChildIds.get(i);
                if (child == null) {
                    fields.reject("orderedChildIds[" + i + "]", null, "must be a category id");
                } else if (!given.add(child)) {
                    fields.reject("orderedChildIds[" + i + "]", child, "is listed twice");
                }
            }
            fields.throwIfAny();
            CategoryMapper categories = tx.mapper(CategoryMapper.class);
            if (parentId != null) {
                found(categories.selectByIdForUpdate(parentId), parentId);
            }
            List<Category> children = categories.selectChildrenForUpdate(parentId);
            Map<UUID, Category> byId = new HashMap<>();
            children.forEach(c -> byId.put(c.id(), c));
            List<UUID> missing = children.stream().map(Category::id).filter(c -> !given.contains(c)).toList();
            List<UUID> strangers = given.stream().filter(c -> !byId.containsKey(c)).toList();
            if (!missing.isEmpty() || !strangers.isEmpty()) {
                fields.reject("orderedChildIds", given.size() + " ids", "must list every child of "
                        + (parentId == null ? "the root" : "category " + parentId) + " exactly once"
                        + (missing.isEmpty() ? "" : "; missing: " + missing)
                        + (strangers.isEmpty() ? "" : "; not children: " + strangers));
                fields.throwIfAny();
            }
            List<UUID> before = children.stream().sorted(java.util.Comparator.comparingInt(Category::sortOrder)
                    .thenComparing(Category::name)).map(Category::id).toList();
            Instant now = writer.now();
            int position = 0;
            for (UUID child : given) {
                if (byId.get(child).sortOrder() != position) {
                    categories.updateSortOrder(child, position, now);
                }
                position++;
            }
            List<Category> after = new ArrayList<>();
            for (UUID child : given) {
                after.add(categories.selectById(child));
            }
            tree.changed(tx);
            return Audited.of(List.copyOf(after), new AuditEvent("reorder", RESOURCE, parentId,
                    Map.of("order", before), Map.of("order", List.copyOf(given)), Map.of()));
        });
    }

    @Override
    public Category changeTemplate(CallContext ctx, UUID id, UUID templateId, long version) {
        return calls.write(ctx, Permissions.CATEGORY_MANAGE, tx -> {
            CategoryMapper categories = tx.mapper(CategoryMapper.class);
            Category before = found(categories.selectByIdForUpdate(id), id);
            stale(before, version);
            CategoryTemplateRow template = CategoryTemplatesService.templateForShare(tx, templateId);
            conformance.requireItemsConform(tx, List.of(id),
                    template == null ? null : TemplateJson.read(template.attributes()),
                    template == null ? "category '" + before.name() + "' without a template"
                            : "template '" + template.name() + "'");
            if (categories.changeTemplate(id, templateId, writer.now(), version) == 0) {
                throw staleVersion(id, version);
            }
            return updated(tx, categories, before);
        });
    }

    @Override
    public Category deactivate(CallContext ctx, UUID id, boolean cascade, long version) {
        return calls.write(ctx, Permissions.CATEGORY_MANAGE, tx -> {
            CategoryMapper categories = tx.mapper(CategoryMapper.class);
            Category before = found(categories.selectByIdForUpdate(id), id);
            stale(before, version);
            if (!before.active()) {
                throw new BusinessRuleException("Category '" + before.name() + "' is already inactive");
            }
            List<UUID> descendants = List.of();
            if (cascade) {
                descendants = lockSubtree(categories, id);
                if (!descendants.isEmpty()) {
                    categories.deactivateAll(descendants, writer.now());
                }
            } else {
                long active = categories.countActiveChildren(id);
                if (active > 0) {
                    throw new BusinessRuleException("Category '" + before.name() + "' has " + active
                            + " active sub-categor" + (active == 1 ? "y" : "ies")
                            + "; deactivate them first, or deactivate with cascade to include the whole subtree");
                }
            }
            if (categories.setActive(id, false, writer.now(), version) == 0) {
                throw staleVersion(id, version);
            }
            Category after = categories.selectById(id);
            tree.changed(tx);
            AuditEvent event = AuditEvent.updated(RESOURCE, id, ItemViews.audit(before), ItemViews.audit(after))
                    .with("cascade", cascade);
            return Audited.of(after, descendants.isEmpty() ? event : event.with("descendants", descendants));
        });
    }

    /** Locks a subtree below a locked category, re-reading it until no child appeared meanwhile. */
    private static List<UUID> lockSubtree(CategoryMapper categories, UUID id) {
        Set<UUID> held = new HashSet<>();
        while (true) {
            List<UUID> below = new ArrayList<>(categories.selectSubtreeIds(id));
            below.remove(id);
            if (held.containsAll(below)) {
                return below;
            }
            categories.lockByIds(below);
            held.addAll(below);
        }
    }

    @Override
    public Category reactivate(CallContext ctx, UUID id, long version) {
        return calls.write(ctx, Permissions.CATEGORY_MANAGE, tx -> {
            CategoryMapper categories = tx.mapper(CategoryMapper.class);
            Category before = found(categories.selectByIdForUpdate(id), id);
            stale(before, version);
            if (before.active()) {
                throw new BusinessRuleException("Category '" + before.name() + "' is already active");
            }
            if (before.parentId() != null) {
                Category parent = found(categories.selectByIdForShare(before.parentId()), before.parentId());
                requireActive(parent, "reactivate categories under it");
            }
            if (categories.setActive(id, true, writer.now(), version) == 0) {
                throw staleVersion(id, version);
            }
            return updated(tx, categories, before);
        });
    }

    @Override
    public Optional<Category> get(CallContext ctx, UUID id) {
        calls.authorize(ctx, Permissions.CATEGORY_READ);
        return id == null ? Optional.empty() : tree.current().get(id);
    }

    @Override
    public List<CategoryNode> tree(CallContext ctx) {
        calls.authorize(ctx, Permissions.CATEGORY_READ);
        return tree.current().roots();
    }

    private Audited<Category> updated(dev.goldshop.engine.spi.Tx tx, CategoryMapper categories, Category before) {
        Category after = categories.selectById(before.id());
        tree.changed(tx);
        return Audited.of(after, AuditEvent.updated(RESOURCE, before.id(), ItemViews.audit(before),
                ItemViews.audit(after)));
    }

    private static void siblingFree(CategoryMapper categories, UUID parentId, String name, UUID self) {
        Category sibling = categories.selectSiblingByName(parentId, name, self);
        if (sibling != null) {
            throw new ConflictException(ErrorCode.DUPLICATE, "name: a category named '" + name + "' already exists "
                    + (parentId == null ? "at the root" : "under category " + parentId) + " (" + sibling.id() + ")",
                    null);
        }
    }

    private static int nextSortOrder(CategoryMapper categories, UUID parentId) {
        Integer max = categories.selectMaxSortOrder(parentId);
        return max == null ? 0 : Math.min(max + 1, MAX_SORT_ORDER);
    }

    private static void requireActive(Category category, String what) {
        if (!category.active()) {
            throw new BusinessRuleException("Category '" + category.name() + "' (" + category.id()
                    + ") is inactive; reactivate it to " + what);
        }
    }

    static Category found(Category category, UUID id) {
        if (category == null) {
            throw new NotFoundException("category", id);
        }
        return category;
    }

    private static void stale(Category category, long version) {
        if (category.version() != version) {
            throw staleVersion(category.id(), version);
        }
    }

    private static ConflictException staleVersion(UUID id, long version) {
        return new ConflictException(ErrorCode.STALE_VERSION, "category " + id
                + " was changed by someone else (expected version " + version + ")", null);
    }
}
