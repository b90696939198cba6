package dev.goldshop.persistence.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goldshop.core.catalog.AttributeDefinition;
import dev.goldshop.core.catalog.Category;
import dev.goldshop.core.catalog.CategoryNode;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the catalogue's pure logic: the cached tree and the attribute rules. */
class CatalogRulesProperties {
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
    private final ObjectMapper json = new ObjectMapper();

    /** A random forest: category i's parent is one of 0..i-1 or none, given in shuffled order. */
    private static List<Category> forest(int size, long seed) {
        Random random = new Random(seed);
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            UUID parent = i == 0 || random.nextInt(4) == 0 ? null : categories.get(random.nextInt(i)).id();
            categories.add(new Category(new UUID(0, i + 1L), "c" + random.nextInt(5), null, parent, null,
                    random.nextInt(3), true, T, T, 0));
        }
        Collections.shuffle(categories, random);
        return categories;
    }

    @Property
    void the_tree_holds_every_category_once_at_its_depth_with_siblings_in_order(
            @ForAll @IntRange(min = 1, max = 200) int size, @ForAll long seed) {
        List<Category> all = forest(size, seed);
        CategoryTree tree = CategoryTree.of(all);
        Map<UUID, Category> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        Set<UUID> seen = new HashSet<>();
        List<CategoryNode> stack = new ArrayList<>(tree.roots());
        assertThat(tree.roots()).allSatisfy(r -> assertThat(r.depth()).isZero());
        while (!stack.isEmpty()) {
            CategoryNode node = stack.remove(stack.size() - 1);
            assertThat(seen.add(node.category().id())).isTrue();
            for (int i = 0; i < node.children().size(); i++) {
                CategoryNode child = node.children().get(i);
                assertThat(child.category().parentId()).isEqualTo(node.category().id());
                assertThat(child.depth()).isEqualTo(node.depth() + 1);
                if (i > 0) {
                    Category previous = node.children().get(i - 1).category();
                    assertThat(previous.sortOrder() < child.category().sortOrder()
                            || previous.sortOrder() == child.category().sortOrder()
                                    && previous.name().compareTo(child.category().name()) <= 0).isTrue();
                }
            }
            stack.addAll(node.children());
        }
        assertThat(seen).isEqualTo(byId.keySet());
    }

    @Property
    void a_subtree_is_exactly_the_categories_whose_chain_of_parents_passes_through_its_root(
            @ForAll @IntRange(min = 1, max = 120) int size, @ForAll long seed, @ForAll @IntRange(min = 0, max = 119) int pick) {
        List<Category> all = forest(size, seed);
        Category root = all.get(pick % size);
        Map<UUID, Category> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        Set<UUID> expected = new HashSet<>();
        for (Category category : all) {
            for (Category up = category; up != null; up = up.parentId() == null ? null : byId.get(up.parentId())) {
                if (up.id().equals(root.id())) {
                    expected.add(category.id());
                    break;
                }
            }
        }
        List<UUID> subtree = CategoryTree.of(all).subtreeIds(root.id());
        assertThat(subtree.get(0)).isEqualTo(root.id());
        assertThat(subtree).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    private static final List<AttributeDefinition> TEMPLATE = List.of(
            AttributeDefinition.text("engraving", false),
            AttributeDefinition.number("size", true, "mm"),
            AttributeDefinition.bool("certified", false),
            AttributeDefinition.choice("colour", false, List.of("red", "green", "white")),
            AttributeDefinition.weight("chain", false),
            AttributeDefinition.date("made", false));

    @Provide
    Arbitrary<Map<String, Object>> values() {
        Arbitrary<Object> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(40).alpha().map(s -> (Object) s);
        Arbitrary<Object> size = Arbitraries.oneOf(
                Arbitraries.integers().between(-1000, 1000).map(i -> (Object) i),
                Arbitraries.bigDecimals().between(new BigDecimal("-99999"), new BigDecimal("99999")).ofScale(3)
                        .map(d -> (Object) d),
                Arbitraries.doubles().between(0, 100).ofScale(2).map(d -> (Object) d));
        Arbitrary<Object> flag = Arbitraries.of(true, false).map(b -> (Object) b);
        Arbitrary<Object> colour = Arbitraries.of("red", "green", "white").map(c -> (Object) c);
        Arbitrary<Object> chain = Arbitraries.longs().between(0, 99_999_999L)
                .map(mg -> (Object) Weight.ofMilligrams(mg));
        Arbitrary<Object> made = Arbitraries.integers().between(0, 40_000)
                .map(days -> (Object) LocalDate.of(1950, 1, 1).plusDays(days));
        return Combinators.combine(text.injectNull(0.3), size, flag.injectNull(0.3), colour.injectNull(0.3),
                chain.injectNull(0.3), made.injectNull(0.3)).as((e, s, f, c, w, d) -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    values.put("engraving", e);
                    values.put("size", s);
                    values.put("certified", f);
                    values.put("colour", c);
                    values.put("chain", w);
                    values.put("made", d);
                    return values;
                });
    }

    @Property
    void valid_values_are_stored_read_back_and_accepted_again_unchanged(@ForAll("values") Map<String, Object> given)
            throws Exception {
        Fields first = new Fields();
        Map<String, Object> stored = AttributeRules.check(TEMPLATE, given, first);
        assertThat(first.errors()).isEmpty();
        Map<String, Object> readBack = AttributeRules.read(json.readTree(
                AttributeRules.write(json, stored).toString()));
        Fields second = new Fields();
        Map<String, Object> storedAgain = AttributeRules.check(TEMPLATE, readBack, second);
        assertThat(second.errors()).isEmpty();
        assertThat(storedAgain.keySet()).isEqualTo(stored.keySet());
        storedAgain.forEach((key, value) -> {
            if (value instanceof BigDecimal decimal) {
                assertThat(decimal).isEqualByComparingTo((BigDecimal) stored.get(key));
            } else {
                assertThat(value).isEqualTo(stored.get(key));
            }
        });
    }

    @Property
    void a_value_of_the_wrong_type_is_named_by_its_attribute(@ForAll("values") Map<String, Object> given,
            @ForAll @IntRange(min = 0, max = 5) int which) {
        String key = TEMPLATE.get(which).name();
        Map<String, Object> broken = new LinkedHashMap<>(given);
        broken.put(key, which == 2 ? "yes" : List.of("not", "a", "value"));
        Fields fields = new Fields();
        AttributeRules.check(TEMPLATE, broken, fields);
        assertThat(fields.errors()).extracting(e -> e.field()).containsExactly("attributes." + key);
    }
}
