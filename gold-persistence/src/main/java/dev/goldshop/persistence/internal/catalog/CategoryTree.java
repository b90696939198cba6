package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.catalog.Category;
import dev.goldshop.core.catalog.CategoryNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An immutable snapshot of the whole category tree, as cached. Built and walked without
 * recursion, so that a tree of any depth neither overflows the stack nor costs more than one
 * pass.
 */
final class CategoryTree {
    private static final Comparator<Category> SIBLING_ORDER = Comparator.comparingInt(Category::sortOrder)
            .thenComparing(Category::name).thenComparing(Category::id);

    private final Map<UUID, Category> byId;
    private final Map<UUID, List<Category>> children;
    private final List<CategoryNode> roots;

    private CategoryTree(Map<UUID, Category> byId, Map<UUID, List<Category>> children, List<CategoryNode> roots) {
        this.byId = byId;
        this.children = children;
        this.roots = roots;
    }

    /**
     * Builds the snapshot of a list of categories.
     *
     * @param all every category
     * @return the tree
     */
    static CategoryTree of(List<Category> all) {
        Map<UUID, Category> byId = new LinkedHashMap<>();
        Map<UUID, List<Category>> children = new HashMap<>();
        List<Category> rootCategories = new ArrayList<>();
        for (Category category : all) {
            byId.put(category.id(), category);
            if (category.parentId() == null) {
                rootCategories.add(category);
            } else {
                children.computeIfAbsent(category.parentId(), k -> new ArrayList<>()).add(category);
            }
        }
        rootCategories.sort(SIBLING_ORDER);
        children.values().forEach(list -> list.sort(SIBLING_ORDER));
        children.replaceAll((k, v) -> List.copyOf(v));
        return new CategoryTree(Collections.unmodifiableMap(byId), Collections.unmodifiableMap(children),
                nodes(rootCategories, children));
    }

    /** Builds the nodes bottom-up: every child's node exists before its parent's is made. */
    private static List<CategoryNode> nodes(List<Category> rootCategories, Map<UUID, List<Category>> children) {
        List<Category> breadthFirst = new ArrayList<>();
        Map<UUID, Integer> depth = new HashMap<>();
        ArrayDeque<Category> queue = new ArrayDeque<>(rootCategories);
        rootCategories.forEach(r -> depth.put(r.id(), 0));
        while (!queue.isEmpty()) {
            Category current = queue.removeFirst();
            breadthFirst.add(current);
            for (Category child : children.getOrDefault(current.id(), List.of())) {
                depth.put(child.id(), depth.get(current.id()) + 1);
                queue.addLast(child);
            }
        }
        Map<UUID, CategoryNode> built = new HashMap<>();
        for (int i = breadthFirst.size() - 1; i >= 0; i--) {
            Category category = breadthFirst.get(i);
            List<CategoryNode> kids = new ArrayList<>();
            for (Category child : children.getOrDefault(category.id(), List.of())) {
                kids.add(built.remove(child.id()));
            }
            built.put(category.id(), new CategoryNode(category, depth.get(category.id()), kids));
        }
        List<CategoryNode> result = new ArrayList<>();
        rootCategories.forEach(r -> result.add(built.get(r.id())));
        return List.copyOf(result);
    }

    Optional<Category> get(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<CategoryNode> roots() {
        return roots;
    }

    /**
     * A category and all its descendants.
     *
     * @param id the category
     * @return the ids, starting with {@code id}; empty if there is no such category
     */
    List<UUID> subtreeIds(UUID id) {
        if (!byId.containsKey(id)) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        ArrayDeque<UUID> queue = new ArrayDeque<>();
        queue.add(id);
        while (!queue.isEmpty()) {
            UUID current = queue.removeFirst();
            ids.add(current);
            for (Category child : children.getOrDefault(current, List.of())) {
                queue.addLast(child.id());
            }
        }
        return ids;
    }
}
