package dev.goldshop.persistence.catalog;

import static dev.goldshop.persistence.catalog.CatalogBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.Category;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.ItemSearch;
import dev.goldshop.core.catalog.ItemStatus;
import dev.goldshop.core.catalog.NewCategory;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.persistence.internal.catalog.StockLedger;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search by every criterion and their combinations, checked against the same filter applied in
 * memory to every item the class created, and keyset paging that returns each item exactly
 * once in one stable order.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventorySearchTest {
    private static final String[] STONES = {"Ruby", "Emerald", "Plain", "Twisted", "Antique", "100% pure", "snake_link"};
    private static final String[] FORMS = {"ring", "chain", "bangle", "pendant"};

    private CatalogBed bed;
    private Category jewellery;
    private Category rings;
    private Category goldRings;
    private Category chains;
    private Category coins;
    private final List<Item> items = new ArrayList<>();

    @BeforeAll
    void start(TestDatabase db) {
        bed = new CatalogBed(db);
        jewellery = bed.categories.create(bed.manager, NewCategory.root("Jewellery"));
        rings = bed.categories.create(bed.manager, NewCategory.under(jewellery.id(), "Rings"));
        goldRings = bed.categories.create(bed.manager, NewCategory.under(rings.id(), "Gold rings"));
        chains = bed.categories.create(bed.manager, NewCategory.under(jewellery.id(), "Chains"));
        coins = bed.categories.create(bed.manager, NewCategory.root("Coins"));
        Category[] places = {jewellery, rings, goldRings, chains, coins};
        Purity[] purities = {Purity.ofKarat(22), Purity.ofKarat(18), Purity.ofFineness(925)};
        for (int i = 0; i < 60; i++) {
            boolean silver = i % 3 == 2;
            String name = STONES[i % STONES.length] + " " + FORMS[i % FORMS.length] + " " + i;
            NewItem.Builder builder = NewItem.builder("S-" + i, i % 4 == 0 ? name.toUpperCase(Locale.ROOT) : name)
                    .barcode("BC" + (1000 + i)).category(places[i % places.length].id())
                    .metal(silver ? MetalType.SILVER : MetalType.GOLD, purities[i % 3])
                    .weights(Weight.ofGrams(BigDecimal.valueOf(1000 + i * 250L, 3)), Weight.ZERO);
            if (i % 5 == 4) {
                builder.kind(ItemKind.COUNTED).fixedPrice(usd("50.00")).quantity(3);
            } else {
                builder.makingCharge(MakingChargeType.PER_GRAM, BigDecimal.ONE);
            }
            items.add(bed.inventory.create(bed.manager, builder.build()));
        }
        StockLedger ledger = bed.engine.service(StockLedger.class);
        for (int i = 0; i < 60; i += 7) {
            Item item = items.get(i);
            if (item.kind() == ItemKind.UNIQUE_PIECE) {
                bed.engine.inTransaction(tx -> ledger.takeForSale(tx, item.id(), 1, UUID.randomUUID()));
            }
        }
        bed.inventory.reserve(bed.manager, items.get(1).id(), 0);
        bed.inventory.archive(bed.manager, items.get(2).id(), 0);
        items.replaceAll(item -> bed.inventory.get(bed.manager, item.id()).orElseThrow());
    }

    @AfterAll
    void stop() {
        bed.close();
    }

    /** Every page, concatenated. */
    private List<Item> all(ItemSearch search, int pageSize) {
        List<Item> found = new ArrayList<>();
        PageRequest request = PageRequest.first(pageSize);
        while (true) {
            Page<Item> page = bed.inventory.search(bed.reader, search, request);
            found.addAll(page.items());
            if (!page.hasNext()) {
                return found;
            }
            request = PageRequest.after(page.nextCursor().orElseThrow(), pageSize);
        }
    }

    private void matches(ItemSearch search, Predicate<Item> expected) {
        List<Item> found = all(search, 7);
        List<UUID> wanted = items.stream().filter(expected).map(Item::id).toList();
        assertThat(found).extracting(Item::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(wanted);
        // Paging never changes the order: one big page lists the same items in the same order.
        assertThat(found).extracting(Item::id).containsExactlyElementsOf(
                bed.inventory.search(bed.reader, search, PageRequest.first(500)).items().stream().map(Item::id).toList());
    }

    private Set<UUID> subtree(Category category) {
        if (category == jewellery) {
            return Set.of(jewellery.id(), rings.id(), goldRings.id(), chains.id());
        }
        return category == rings ? Set.of(rings.id(), goldRings.id()) : Set.of(category.id());
    }

    @Test
    void every_item_comes_exactly_once_across_pages_of_every_size() {
        for (int size : new int[] {1, 7, 59, 60, 61}) {
            List<Item> found = all(ItemSearch.all(), size);
            assertThat(found).extracting(Item::id).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(items.stream().map(Item::id).toList());
        }
        assertThat(bed.inventory.search(bed.reader, ItemSearch.all(), PageRequest.first(60)).hasNext()).isFalse();
    }

    @Test
    void sku_and_barcode_find_exactly_their_item() {
        matches(ItemSearch.builder().sku("S-17").build(), i -> i.sku().equals("S-17"));
        matches(ItemSearch.builder().barcode("BC1033").build(), i -> "BC1033".equals(i.barcode()));
        matches(ItemSearch.builder().sku("s-17").build(), i -> false);
    }

    @Test
    void a_name_search_ignores_case_and_takes_wildcards_literally() {
        matches(ItemSearch.builder().nameContains("RUBY").build(),
                i -> i.name().toLowerCase(Locale.ROOT).contains("ruby"));
        matches(ItemSearch.builder().nameContains("ring 1").build(),
                i -> i.name().toLowerCase(Locale.ROOT).contains("ring 1"));
        matches(ItemSearch.builder().nameContains("100%").build(), i -> i.name().contains("100%"));
        matches(ItemSearch.builder().nameContains("e_l").build(), i -> i.name().toLowerCase(Locale.ROOT).contains("e_l"));
        matches(ItemSearch.builder().nameContains("%").build(), i -> i.name().contains("%"));
        matches(ItemSearch.builder().nameStartsWith("emerald").build(),
                i -> i.name().toLowerCase(Locale.ROOT).startsWith("emerald"));
        matches(ItemSearch.builder().nameStartsWith("snake_").build(),
                i -> i.name().toLowerCase(Locale.ROOT).startsWith("snake_"));
    }

    @Test
    void a_category_search_includes_every_sub_category_at_any_depth() {
        for (Category category : List.of(jewellery, rings, goldRings, chains, coins)) {
            Set<UUID> ids = subtree(category);
            matches(ItemSearch.builder().category(category.id()).build(), i -> ids.contains(i.categoryId()));
        }
        assertThatThrownBy(() -> bed.inventory.search(bed.reader, ItemSearch.builder().category(UUID.randomUUID())
                .build(), PageRequest.first())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void metal_purity_status_kind_and_weight_range_restrict_alone_and_together() {
        matches(ItemSearch.builder().metal(MetalType.SILVER, null).build(), i -> i.metal() == MetalType.SILVER);
        matches(ItemSearch.builder().metal(MetalType.GOLD, Purity.ofKarat(18)).build(),
                i -> i.metal() == MetalType.GOLD && i.purity().equals(Purity.ofKarat(18)));
        matches(ItemSearch.builder().status(ItemStatus.SOLD).build(), i -> i.status() == ItemStatus.SOLD);
        matches(ItemSearch.builder().status(ItemStatus.RESERVED, ItemStatus.ARCHIVED).build(),
                i -> i.status() == ItemStatus.RESERVED || i.status() == ItemStatus.ARCHIVED);
        matches(ItemSearch.builder().kind(ItemKind.COUNTED).build(), i -> i.kind() == ItemKind.COUNTED);
        Weight low = Weight.ofGrams("3.000");
        Weight high = Weight.ofGrams("8.500");
        matches(ItemSearch.builder().netWeightBetween(low, high).build(),
                i -> i.netWeight().compareTo(low) >= 0 && i.netWeight().compareTo(high) <= 0);
        matches(ItemSearch.builder().netWeightBetween(null, low).build(), i -> i.netWeight().compareTo(low) <= 0);
        Set<UUID> jewelleryIds = subtree(jewellery);
        matches(ItemSearch.builder().category(jewellery.id()).metal(MetalType.GOLD, null).netWeightBetween(low, null)
                .status(ItemStatus.IN_STOCK).nameContains("r").build(),
                i -> jewelleryIds.contains(i.categoryId()) && i.metal() == MetalType.GOLD
                        && i.netWeight().compareTo(low) >= 0 && i.status() == ItemStatus.IN_STOCK
                        && i.name().toLowerCase(Locale.ROOT).contains("r"));
    }

    @Test
    void bad_criteria_and_cursors_are_refused_by_field() {
        assertThatThrownBy(() -> bed.inventory.search(bed.reader, ItemSearch.builder().nameContains(" ").sku("")
                .netWeightBetween(Weight.ofGrams("5"), Weight.ofGrams("1")).build(), PageRequest.first()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("nameContains", "sku", "minNetWeight"));
        assertThatThrownBy(() -> bed.inventory.search(bed.reader, new ItemSearch(null, null, null, null, null, null,
                Purity.ofKarat(22), null, null, null, null), PageRequest.first()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("metal");
        assertThatThrownBy(() -> bed.inventory.search(bed.reader, null, PageRequest.first()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> bed.inventory.search(bed.reader, ItemSearch.all(), PageRequest.after("x", 5)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("page.cursor");
    }
}
