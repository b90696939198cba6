package dev.goldshop.persistence.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goldshop.core.catalog.ItemSearch;
import dev.goldshop.core.catalog.ItemStatus;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.persistence.catalog.CatalogBed;
import dev.goldshop.persistence.internal.mapper.InventoryItemMapper;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search stays index-backed on a stock of 50,000 items: the plan of the very SQL the search
 * runs ({@code explainPage} shares its SQL fragment with {@code selectPage}) has no sequential
 * scan of {@code inventory_items} for SKU, barcode, name prefix, name infix, category subtree
 * and metal with a weight range.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventorySearchPlanTest {
    private static final int ITEMS = 50_000;
    private final ObjectMapper json = new ObjectMapper();
    private CatalogBed bed;
    private UUID subtreeRoot;
    private List<UUID> subtree;
    private boolean trigrams;

    @BeforeAll
    void start(TestDatabase db) throws Exception {
        bed = new CatalogBed(db);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            // 10 roots with 4 children each: 50 categories.
            s.execute("INSERT INTO categories (id, name, parent_id, sort_order) "
                    + "SELECT gen_random_uuid(), 'Plan root ' || r, NULL, r FROM generate_series(1, 10) r");
            s.execute("INSERT INTO categories (id, name, parent_id, sort_order) "
                    + "SELECT gen_random_uuid(), 'Plan child ' || k, p.id, k FROM categories p, generate_series(1, 4) k "
                    + "WHERE p.name LIKE 'Plan root %'");
            s.execute("INSERT INTO inventory_items (id, sku, barcode, name, category_id, metal_type, purity, "
                    + "gross_weight, stone_weight, net_weight, price_mode, fixed_price, quantity, status, item_kind) "
                    + "SELECT gen_random_uuid(), 'GEN-' || g, 'BC' || (100000000 + g), "
                    + "(ARRAY['Ruby','Emerald','Plain','Twisted','Antique'])[g % 5 + 1] || ' ' "
                    + "  || (ARRAY['ring','chain','bangle','pendant','coin'])[(g / 5) % 5 + 1] || ' ' || g, "
                    + "cats.ids[g % 50 + 1], 'gold', (ARRAY[916, 750, 999.9])[g % 3 + 1], "
                    + "round((g % 5000) / 100.0 + 1, 3), 0, round((g % 5000) / 100.0 + 1, 3), 'fixed', 100, 1, "
                    + "'in_stock', 'unique_piece' "
                    + "FROM generate_series(1, " + ITEMS + ") g, "
                    + "(SELECT array_agg(id ORDER BY name) AS ids FROM categories WHERE name LIKE 'Plan %') cats");
            // A statistics target whose sample (300 x target rows) covers every row: ANALYZE then
            // reads the whole table and the planner's estimates, and so its plans, are the same
            // on every run instead of depending on a random sample.
            s.execute("SET default_statistics_target = 1000");
            s.execute("ANALYZE inventory_items");
            s.execute("ANALYZE categories");
        }
        trigrams = bed.queryLong("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'") == 1;
        System.out.println("pg_available_extensions on the test server: " + bed.queryString(
                "SELECT string_agg(name || ' ' || coalesce(default_version, '-'), ', ' ORDER BY name) "
                        + "FROM pg_available_extensions WHERE name IN ('pg_trgm', 'unaccent')")
                + "; pg_trgm installed by V10: " + trigrams);
        subtreeRoot = UUID.fromString(bed.queryString("SELECT id FROM categories WHERE name = 'Plan root 3'"));
        subtree = bed.engine.inTransaction(tx -> tx.mapper(dev.goldshop.persistence.internal.mapper.CategoryMapper.class)
                .selectSubtreeIds(subtreeRoot));
    }

    @AfterAll
    void stop() {
        bed.close();
    }

    private JsonNode plan(ItemSearch search, List<UUID> categories) throws Exception {
        ItemSearches.check(search);
        ItemQuery query = ItemSearches.query(search, categories, null, null, 51);
        String text = bed.engine.inTransaction(tx -> tx.mapper(InventoryItemMapper.class).explainPage(query));
        return json.readTree(text).get(0).get("Plan");
    }

    /** Every node of a plan, depth first. */
    private static List<JsonNode> nodes(JsonNode plan) {
        List<JsonNode> all = new ArrayList<>();
        List<JsonNode> stack = new ArrayList<>(List.of(plan));
        while (!stack.isEmpty()) {
            JsonNode node = stack.remove(stack.size() - 1);
            all.add(node);
            node.path("Plans").forEach(stack::add);
        }
        return all;
    }

    private static void noSeqScanOfItems(JsonNode plan) {
        assertThat(nodes(plan)).noneMatch(n -> "Seq Scan".equals(n.path("Node Type").asText())
                && "inventory_items".equals(n.path("Relation Name").asText()));
    }

    private static List<String> indexes(JsonNode plan) {
        return nodes(plan).stream().map(n -> n.path("Index Name").asText()).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void the_test_stock_is_as_large_as_intended() {
        assertThat(bed.queryLong("SELECT count(*) FROM inventory_items")).isEqualTo(ITEMS);
        assertThat(subtree).hasSize(5);
    }

    @Test
    void sku_and_barcode_use_their_unique_indexes() throws Exception {
        JsonNode bySku = plan(ItemSearch.builder().sku("GEN-31337").build(), null);
        noSeqScanOfItems(bySku);
        assertThat(indexes(bySku)).contains("uq_inventory_items_sku");
        JsonNode byBarcode = plan(ItemSearch.builder().barcode("BC100031337").build(), null);
        noSeqScanOfItems(byBarcode);
        assertThat(indexes(byBarcode)).contains("uq_inventory_items_barcode");
    }

    @Test
    void a_name_prefix_uses_an_index_on_the_lower_cased_name() throws Exception {
        JsonNode prefix = plan(ItemSearch.builder().nameStartsWith("Ruby ring 123").build(), null);
        noSeqScanOfItems(prefix);
        assertThat(indexes(prefix)).anyMatch(i -> i.startsWith("idx_inventory_items_name_"));
    }

    @Test
    void a_name_infix_uses_the_trigram_index_where_pg_trgm_is_installed() throws Exception {
        JsonNode infix = plan(ItemSearch.builder().nameContains("ring 4325").build(), null);
        noSeqScanOfItems(infix);
        if (trigrams) {
            assertThat(indexes(infix)).contains("idx_inventory_items_name_trgm");
        }
    }

    @Test
    void a_category_subtree_and_a_metal_with_a_weight_range_use_indexes() throws Exception {
        noSeqScanOfItems(plan(ItemSearch.builder().category(subtreeRoot).build(), subtree));
        noSeqScanOfItems(plan(ItemSearch.builder().category(subtreeRoot).status(ItemStatus.IN_STOCK).build(), subtree));
        noSeqScanOfItems(plan(ItemSearch.builder().metal(MetalType.GOLD, Purity.ofKarat(22))
                .netWeightBetween(Weight.ofGrams("10.000"), Weight.ofGrams("10.500")).build(), null));
    }

    @Test
    void the_search_through_the_facade_finds_items_on_the_large_stock() {
        var page = bed.inventory.search(bed.reader, ItemSearch.builder().nameContains("ring 4325").build(),
                dev.goldshop.core.page.PageRequest.first(10));
        assertThat(page.items()).extracting(i -> i.name()).allMatch(n -> n.toLowerCase().contains("ring 4325"));
        assertThat(page.items()).isNotEmpty();
        assertThat(bed.inventory.search(bed.reader, ItemSearch.builder().category(subtreeRoot).build(),
                dev.goldshop.core.page.PageRequest.first(50)).items()).hasSize(50)
                .allMatch(i -> subtree.contains(i.categoryId()));
    }
}
