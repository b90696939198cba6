package dev.goldshop.core.catalog;

import java.util.List;

/**
 * A category with its children, as {@link Categories#tree} returns them.
 *
 * @param category the category
 * @param depth 0 for a root, 1 for its children, and so on
 * @param children the children, by sort order then name
 */
public record CategoryNode(Category category, int depth, List<CategoryNode> children) {

    /**
     * Copies the children.
     */
    public CategoryNode {
        children = List.copyOf(children);
    }
}
