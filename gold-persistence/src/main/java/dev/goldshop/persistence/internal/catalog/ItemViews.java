package dev.goldshop.persistence.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goldshop.core.catalog.Category;
import dev.goldshop.core.catalog.CategoryTemplate;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.StockMovement;
import dev.goldshop.core.value.Money;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rows as the host sees them, and the plain maps the audit trail stores (money, weights and
 * purities as text, so that the trail reads the same whatever the SDK's value types become).
 */
final class ItemViews {
    private ItemViews() {
    }

    static Item item(ItemRow row) {
        return new Item(row.id(), row.sku(), row.barcode(), row.name(), row.description(), row.categoryId(),
                row.itemKind(), row.status(), row.metalType(), row.purity(), row.grossWeight(), row.stoneWeight(),
                row.netWeight(), row.priceMode(), row.makingChargeType(), row.makingChargeValue(),
                row.wastagePercent(), row.profitPercent(), row.stoneValue(), row.fixedPrice(), row.costPrice(),
                row.quantity(), row.minStockLevel(), row.reorderQuantity(), row.hallmarkId(),
                AttributeRules.read(row.attributes()), supplier(row.supplierInfo()), row.createdAt(),
                row.updatedAt(), row.version());
    }

    static Item item(ItemRow row, boolean seesCost) {
        Item item = item(row);
        return seesCost ? item : item.withoutCost();
    }

    static StockMovement movement(StockMovement movement, boolean seesCost) {
        return seesCost ? movement : movement.withoutCost();
    }

    private static Map<String, String> supplier(JsonNode node) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (node != null) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                facts.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return facts;
    }

    static Map<String, Object> audit(ItemRow row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", row.id());
        m.put("sku", row.sku());
        m.put("barcode", row.barcode());
        m.put("name", row.name());
        m.put("description", row.description());
        m.put("category_id", row.categoryId());
        m.put("item_kind", row.itemKind().code());
        m.put("status", row.status().code());
        m.put("metal_type", row.metalType() == null ? null : row.metalType().code());
        m.put("purity", row.purity() == null ? null : row.purity().fineness().toPlainString());
        m.put("gross_weight", row.grossWeight().grams().toPlainString());
        m.put("stone_weight", row.stoneWeight().grams().toPlainString());
        m.put("net_weight", row.netWeight().grams().toPlainString());
        m.put("price_mode", row.priceMode().code());
        m.put("making_charge_type", row.makingChargeType().code());
        m.put("making_charge_value", row.makingChargeValue().toPlainString());
        m.put("wastage_percent", row.wastagePercent().toPlainString());
        m.put("profit_percent", row.profitPercent().toPlainString());
        m.put("stone_value", amount(row.stoneValue()));
        m.put("fixed_price", amount(row.fixedPrice()));
        m.put("cost_price", amount(row.costPrice()));
        m.put("quantity", row.quantity());
        m.put("min_stock_level", row.minStockLevel());
        m.put("reorder_quantity", row.reorderQuantity());
        m.put("hallmark_id", row.hallmarkId());
        m.put("attributes", row.attributes());
        m.put("supplier_info", row.supplierInfo());
        m.put("version", row.version());
        return m;
    }

    static Map<String, Object> audit(Category category) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", category.id());
        m.put("name", category.name());
        m.put("description", category.description());
        m.put("parent_id", category.parentId());
        m.put("template_id", category.templateId());
        m.put("sort_order", category.sortOrder());
        m.put("is_active", category.active());
        m.put("version", category.version());
        return m;
    }

    static Map<String, Object> audit(CategoryTemplate template, JsonNode attributes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", template.id());
        m.put("name", template.name());
        m.put("description", template.description());
        m.put("attributes", attributes);
        m.put("version", template.version());
        return m;
    }

    static Map<String, Object> audit(StockMovement movement) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("movement_id", movement.id());
        m.put("kind", movement.kind().code());
        m.put("quantity_delta", movement.quantityDelta());
        m.put("quantity_after", movement.quantityAfter());
        if (movement.weightDelta() != null) {
            m.put("weight_delta", movement.weightDelta().grams().toPlainString());
            m.put("weight_after", movement.weightAfter().grams().toPlainString());
        }
        m.put("reason", movement.reason());
        m.put("reference_type", movement.referenceType());
        m.put("reference_id", movement.referenceId());
        m.put("cost", amount(movement.cost()));
        return m;
    }

    private static String amount(Money money) {
        return money == null ? null : money.amount().toPlainString();
    }
}
