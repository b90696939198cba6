package dev.goldshop.core.catalog;

import java.util.UUID;

/**
 * The input of {@link Categories#create}. Checked on save: name 1 to 100 characters, not blank,
 * unique among the siblings; description at most 2,000 characters; the parent, if any, exists
 * and is active; the template, if any, exists; sort order, if given, from 0 to 1,000,000.
 *
 * @param name the name
 * @param description a description, or {@code null}
 * @param parentId the parent, or {@code null} for a root category
 * @param templateId the template, or {@code null}
 * @param sortOrder the position among the siblings, or {@code null} to put it last
 */
public record NewCategory(String name, String description, UUID parentId, UUID templateId, Integer sortOrder) {

    /**
     * A root category without template, put last.
     *
     * @param name the name
     * @return the input
     */
    public static NewCategory root(String name) {
        return new NewCategory(name, null, null, null, null);
    }

    /**
     * A sub-category without template, put last.
     *
     * @param name the name
     * @param parentId the parent
     * @return the input
     */
    public static NewCategory under(UUID parentId, String name) {
        return new NewCategory(name, null, parentId, null, null);
    }

    /**
     * A copy with a template.
     *
     * @param template the template's id
     * @return the copy
     */
    public NewCategory withTemplate(UUID template) {
        return new NewCategory(name, description, parentId, template, sortOrder);
    }
}
