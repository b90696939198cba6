package dev.goldshop.persistence.internal.catalog;

import dev.goldshop.core.catalog.AttributeDefinition;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.InventoryItemMapper;
import java.util.List;
import java.util.UUID;

/**
 * Checks that the items of some categories satisfy a template before the template (or a
 * category's choice of template) changes, so that no item is left carrying attributes its
 * category no longer accepts. Items sold or archived are history and are not checked.
 */
final class TemplateConformance {
    private static final int BATCH = 500;

    /**
     * Refuses the change if an item would break the definitions.
     *
     * @param tx the transaction of the change (the template or category already locked)
     * @param categoryIds the categories whose items must conform
     * @param definitions the new definitions, or null for "no template"
     * @param what the template, for the message
     * @throws BusinessRuleException naming the first item that would not conform, and why
     */
    void requireItemsConform(Tx tx, List<UUID> categoryIds, List<AttributeDefinition> definitions, String what) {
        if (categoryIds.isEmpty()) {
            return;
        }
        InventoryItemMapper items = tx.mapper(InventoryItemMapper.class);
        UUID after = null;
        while (true) {
            List<ItemAttributesRow> rows = items.selectAttributesInCategories(categoryIds, after, BATCH);
            for (ItemAttributesRow row : rows) {
                Fields problems = new Fields();
                AttributeRules.check(definitions, AttributeRules.read(row.attributes()), problems);
                if (!problems.isEmpty()) {
                    throw new BusinessRuleException("Item " + row.sku() + " would not satisfy " + what + ": "
                            + AttributeRules.describe(problems) + "; change the item first");
                }
            }
            if (rows.size() < BATCH) {
                return;
            }
            after = rows.get(rows.size() - 1).id();
        }
    }
}
