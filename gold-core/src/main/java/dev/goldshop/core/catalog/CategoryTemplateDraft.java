package dev.goldshop.core.catalog;

import java.util.List;

/**
 * What a template should be: the input of {@link CategoryTemplates#create} and
 * {@link CategoryTemplates#update} (an update replaces name, description and attributes as a
 * whole). Checked on save: name 1 to 100 characters, not blank, unique among templates;
 * description at most 2,000 characters; at most 100 attributes, each valid (see
 * {@link AttributeDefinition}) and with a distinct name.
 *
 * @param name the template's name
 * @param description what it is for, or {@code null}
 * @param attributes the attribute definitions, in display order
 */
public record CategoryTemplateDraft(String name, String description, List<AttributeDefinition> attributes) {

    /**
     * Copies the attribute list, keeping {@code null} elements so that validation can name
     * them; a {@code null} list is taken as empty.
     */
    public CategoryTemplateDraft {
        attributes = attributes == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(attributes));
    }
}
