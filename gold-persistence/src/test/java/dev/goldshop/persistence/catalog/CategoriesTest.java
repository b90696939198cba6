package dev.goldshop.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.AttributeDefinition;
import dev.goldshop.core.catalog.Categories;
import dev.goldshop.core.catalog.Category;
import dev.goldshop.core.catalog.CategoryNode;
import dev.goldshop.core.catalog.CategoryTemplate;
import dev.goldshop.core.catalog.CategoryTemplateDraft;
import dev.goldshop.core.catalog.NewCategory;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The category tree: create, rename, move without cycles, reorder, templates, (de)activation, reads, cache. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CategoriesTest {
    private CatalogBed bed;
    private Categories categories;

    @BeforeAll
    void start(TestDatabase db) {
        bed = new CatalogBed(db);
        categories = bed.categories;
    }

    @AfterAll
    void stop() {
        bed.close();
    }

    private Category root(String prefix) {
        return categories.create(bed.manager, NewCategory.root(CatalogBed.unique(prefix)));
    }

    private Category child(Category parent, String name) {
        return categories.create(bed.manager, NewCategory.under(parent.id(), name));
    }

    private Category fresh(Category category) {
        return categories.get(bed.reader, category.id()).orElseThrow();
    }

    private static Money usd(String amount) {
        return Money.of(new java.math.BigDecimal(amount), GoldShop.Builder.DEFAULT_CURRENCY);
    }

    @Test
    void categories_are_created_under_their_parent_and_put_last_among_their_siblings() {
        Category jewellery = root("Jewellery ");
        var before = bed.rowCounts();
        Category rings = child(jewellery, "Rings");
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L, "categories", 1L));
        assertThat(bed.lastAudit()).isEqualTo("create/success");
        Category chains = child(jewellery, "  Chains ");
        Category first = categories.create(bed.manager, new NewCategory("Anklets", "worn at the ankle",
                jewellery.id(), null, 0));

        assertThat(rings.sortOrder()).isZero();
        assertThat(chains.sortOrder()).isEqualTo(1);
        assertThat(chains.name()).isEqualTo("Chains");
        assertThat(first.description()).isEqualTo("worn at the ankle");
        assertThat(rings.parentId()).isEqualTo(jewellery.id());
        assertThat(rings.active()).isTrue();
        assertThat(categories.get(bed.reader, rings.id())).contains(rings);
    }

    @Test
    void bad_input_and_missing_references_are_refused_and_nothing_is_written() {
        Category parent = root("Parent ");
        var before = bed.rowCounts();
        assertThatThrownBy(() -> categories.create(bed.manager, new NewCategory(" ", "x".repeat(2001), null, null, -1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("name", "description", "sortOrder"));
        assertThatThrownBy(() -> categories.create(bed.manager, new NewCategory("n".repeat(101), null, null, null, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 100 characters");
        assertThatThrownBy(() -> categories.create(bed.manager, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> categories.create(bed.manager, NewCategory.under(UUID.randomUUID(), "Orphan")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> categories.create(bed.manager,
                NewCategory.under(parent.id(), "No template").withTemplate(UUID.randomUUID())))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.entityType()).isEqualTo("category template"));
        child(parent, "Twin");
        before = bed.rowCounts();
        assertThatThrownBy(() -> child(parent, "Twin"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE))
                .hasMessageStartingWith("name:");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void a_rename_checks_the_version_and_the_siblings() {
        Category parent = root("Renames ");
        Category gold = child(parent, "Gold");
        child(parent, "Silver");
        Category renamed = categories.rename(bed.manager, gold.id(), "Yellow gold", 0);
        assertThat(renamed.name()).isEqualTo("Yellow gold");
        assertThat(renamed.version()).isEqualTo(1);
        assertThat(bed.lastAudit()).isEqualTo("update/success");

        var before = bed.rowCounts();
        assertThatThrownBy(() -> categories.rename(bed.manager, gold.id(), "Other", 0))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThatThrownBy(() -> categories.rename(bed.manager, gold.id(), "Silver", 1))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE));
        assertThatThrownBy(() -> categories.rename(bed.manager, gold.id(), "", 1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> categories.rename(bed.manager, UUID.randomUUID(), "Ghost", 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void a_category_moves_with_its_subtree_to_another_parent_and_to_the_root() {
        Category a = root("Move A ");
        Category b = root("Move B ");
        Category a1 = child(a, "A1");
        Category a11 = child(a1, "A11");
        child(b, "B1");

        Category moved = categories.move(bed.manager, a1.id(), b.id(), 0);
        assertThat(moved.parentId()).isEqualTo(b.id());
        assertThat(moved.sortOrder()).isEqualTo(1);
        assertThat(fresh(a11).parentId()).isEqualTo(a1.id());
        CategoryNode bNode = node(b.id());
        assertThat(bNode.children()).extracting(n -> n.category().name()).containsExactly("B1", "A1");
        assertThat(bNode.children().get(1).children()).extracting(n -> n.category().id()).containsExactly(a11.id());

        Category toRoot = categories.move(bed.manager, a1.id(), null, 1);
        assertThat(toRoot.parentId()).isNull();
        assertThat(bed.auditRowsFor(a1.id())).isEqualTo(3);
    }

    @Test
    void moving_a_category_under_itself_or_a_descendant_is_refused_naming_both() {
        Category top = root("Cycle top ");
        Category middle = child(top, "Middle");
        Category bottom = child(middle, "Bottom");
        var before = bed.rowCounts();

        assertThatThrownBy(() -> categories.move(bed.manager, top.id(), bottom.id(), 0))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining(top.name()).hasMessageContaining("Bottom")
                .hasMessageContaining(top.id().toString()).hasMessageContaining(bottom.id().toString())
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> categories.move(bed.manager, middle.id(), middle.id(), 0))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("itself");
        assertThatThrownBy(() -> categories.move(bed.manager, middle.id(), UUID.randomUUID(), 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> categories.move(bed.manager, UUID.randomUUID(), top.id(), 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> categories.move(bed.manager, bottom.id(), null, 5))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThat(bed.changedSince(before)).isEmpty();
        assertThat(fresh(top).parentId()).isNull();
    }

    @Test
    void the_children_of_a_parent_are_reordered_in_one_call() {
        Category parent = root("Reorder ");
        Category x = child(parent, "X");
        Category y = child(parent, "Y");
        Category z = child(parent, "Z");

        List<Category> ordered = categories.reorder(bed.manager, parent.id(), List.of(z.id(), x.id(), y.id()));
        assertThat(ordered).extracting(Category::name).containsExactly("Z", "X", "Y");
        assertThat(ordered).extracting(Category::sortOrder).containsExactly(0, 1, 2);
        assertThat(node(parent.id()).children()).extracting(n -> n.category().name()).containsExactly("Z", "X", "Y");
        assertThat(bed.lastAudit()).isEqualTo("reorder/success");

        var before = bed.rowCounts();
        assertThatThrownBy(() -> categories.reorder(bed.manager, parent.id(), List.of(z.id(), x.id())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("missing").hasMessageContaining(y.id().toString());
        assertThatThrownBy(() -> categories.reorder(bed.manager, parent.id(), List.of(z.id(), x.id(), y.id(), parent.id())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not children");
        assertThatThrownBy(() -> categories.reorder(bed.manager, parent.id(), Arrays.asList(z.id(), z.id(), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("orderedChildIds[1]", "orderedChildIds[2]"));
        assertThatThrownBy(() -> categories.reorder(bed.manager, UUID.randomUUID(), List.of()))
                .isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void deactivating_a_parent_with_active_children_needs_a_cascade() {
        Category parent = root("Deactivate ");
        Category kid = child(parent, "Kid");
        Category grandKid = child(kid, "Grandkid");
        var before = bed.rowCounts();
        assertThatThrownBy(() -> categories.deactivate(bed.manager, parent.id(), false, 0))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("1 active sub-category")
                .hasMessageContaining("cascade");
        assertThat(bed.changedSince(before)).isEmpty();

        Category off = categories.deactivate(bed.manager, parent.id(), true, 0);
        assertThat(off.active()).isFalse();
        assertThat(fresh(kid).active()).isFalse();
        assertThat(fresh(grandKid).active()).isFalse();
        assertThat(bed.auditRowsFor(parent.id())).isEqualTo(2);

        assertThatThrownBy(() -> child(parent, "Too late"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("inactive");
        assertThatThrownBy(() -> categories.deactivate(bed.manager, parent.id(), true, 1))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already inactive");
        assertThatThrownBy(() -> categories.reactivate(bed.manager, kid.id(), fresh(kid).version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining(parent.name());

        Category on = categories.reactivate(bed.manager, parent.id(), 1);
        assertThat(on.active()).isTrue();
        assertThat(fresh(kid).active()).isFalse();
        assertThat(categories.reactivate(bed.manager, kid.id(), fresh(kid).version()).active()).isTrue();
        assertThatThrownBy(() -> categories.reactivate(bed.manager, kid.id(), fresh(kid).version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already active");

        Category leaf = child(on, "Leaf");
        assertThat(categories.deactivate(bed.manager, leaf.id(), false, 0).active()).isFalse();
        assertThatThrownBy(() -> categories.move(bed.manager, child(on, "Mover").id(), leaf.id(), 0))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("inactive");
        assertThatThrownBy(() -> categories.deactivate(bed.manager, UUID.randomUUID(), false, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> categories.reactivate(bed.manager, UUID.randomUUID(), 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> categories.changeTemplate(bed.manager, UUID.randomUUID(), null, 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(categories.get(bed.reader, UUID.randomUUID())).isEmpty();
        assertThatThrownBy(() -> categories.reactivate(bed.manager, leaf.id(), 0))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
    }

    @Test
    void a_new_template_for_a_category_is_refused_while_its_items_would_break_it() {
        Category plain = root("Templated ");
        CategoryTemplate strict = bed.templates.create(bed.manager, new CategoryTemplateDraft(
                CatalogBed.unique("Strict "), null, List.of(AttributeDefinition.text("maker", true))));
        Category changed = categories.changeTemplate(bed.manager, plain.id(), strict.id(), 0);
        assertThat(changed.templateId()).isEqualTo(strict.id());
        String sku = CatalogBed.unique("MADE-");
        bed.inventory.create(bed.manager, NewItem.builder(sku, "Made piece").category(plain.id())
                .fixedPrice(usd("10.00")).attribute("maker", "Ali").build());

        CategoryTemplate other = bed.templates.create(bed.manager, new CategoryTemplateDraft(
                CatalogBed.unique("Other "), null, List.of(AttributeDefinition.number("size", true, null))));
        var before = bed.rowCounts();
        assertThatThrownBy(() -> categories.changeTemplate(bed.manager, plain.id(), other.id(), 1))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining(sku)
                .hasMessageContaining("attributes.maker").hasMessageContaining("attributes.size");
        assertThatThrownBy(() -> categories.changeTemplate(bed.manager, plain.id(), null, 1))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining(sku);
        assertThatThrownBy(() -> categories.changeTemplate(bed.manager, plain.id(), UUID.randomUUID(), 1))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> categories.changeTemplate(bed.manager, plain.id(), other.id(), 0))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void a_deep_tree_reads_back_whole_and_in_order() {
        Category top = root("Deep ");
        Category current = top;
        List<UUID> chain = new ArrayList<>();
        chain.add(top.id());
        for (int i = 1; i < 300; i++) {
            current = child(current, "Level " + i);
            chain.add(current.id());
        }
        CategoryNode node = node(top.id());
        for (int depth = 0; depth < 300; depth++) {
            assertThat(node.category().id()).isEqualTo(chain.get(depth));
            assertThat(node.depth()).isEqualTo(depth);
            if (depth < 299) {
                assertThat(node.children()).hasSize(1);
                node = node.children().get(0);
            }
        }
        assertThat(node.children()).isEmpty();
        // The deepest category cannot take the top under it: the cycle check walks all 300 levels.
        Category deepest = current;
        assertThatThrownBy(() -> categories.move(bed.manager, top.id(), deepest.id(), 0))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("cycle");
        assertThat(categories.move(bed.manager, deepest.id(), null, 0).parentId()).isNull();
    }

    @Test
    void without_the_permission_every_method_is_refused_with_only_the_refusal_audited() {
        Category category = root("Denied ");
        List<Runnable> calls = List.of(
                () -> categories.create(bed.reader, NewCategory.root("x")),
                () -> categories.rename(bed.reader, category.id(), "y", 0),
                () -> categories.move(bed.reader, category.id(), null, 0),
                () -> categories.reorder(bed.reader, null, List.of()),
                () -> categories.changeTemplate(bed.reader, category.id(), null, 0),
                () -> categories.deactivate(bed.reader, category.id(), true, 0),
                () -> categories.reactivate(bed.reader, category.id(), 0),
                () -> categories.get(bed.nobody, category.id()),
                () -> categories.tree(bed.nobody));
        for (Runnable call : calls) {
            var before = bed.rowCounts();
            assertThatThrownBy(call::run).isInstanceOf(PermissionDeniedException.class);
            assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
            assertThat(bed.lastAudit()).isEqualTo("access_denied/denied");
        }
        assertThat(fresh(category).version()).isZero();
    }

    @Test
    void another_engine_on_the_database_sees_a_change_made_here() throws Exception {
        Category category = root("Shared ");
        try (GoldShop other = bed.db.engineBuilder().build()) {
            Categories there = other.facade(Categories.class);
            assertThat(there.get(bed.reader, category.id()).orElseThrow().name()).isEqualTo(category.name());
            assertThat(there.tree(bed.reader)).isNotEmpty();
            categories.rename(bed.manager, category.id(), category.name() + " renamed", 0);
            // Here: dropped right after commit. There: dropped when the notification arrives.
            assertThat(fresh(category).name()).endsWith(" renamed");
            long deadline = System.nanoTime() + 10_000_000_000L;
            String seen = there.get(bed.reader, category.id()).orElseThrow().name();
            while (!seen.endsWith(" renamed") && System.nanoTime() < deadline) {
                Thread.sleep(20);
                seen = there.get(bed.reader, category.id()).orElseThrow().name();
            }
            assertThat(seen).endsWith(" renamed");
        }
    }

    @Test
    void a_read_inside_a_group_of_calls_sees_its_own_uncommitted_category_and_the_cache_does_not_keep_it() {
        String name = CatalogBed.unique("Grouped ");
        assertThatThrownBy(() -> bed.shop.useTransaction(() -> {
            Category created = categories.create(bed.manager, NewCategory.root(name));
            assertThat(categories.get(bed.reader, created.id())).isPresent();
            throw new IllegalStateException("the host changes its mind");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(categories.tree(bed.reader)).extracting(n -> n.category().name()).doesNotContain(name);
    }

    private CategoryNode node(UUID id) {
        List<CategoryNode> queue = new ArrayList<>(categories.tree(bed.reader));
        while (!queue.isEmpty()) {
            CategoryNode next = queue.remove(0);
            if (next.category().id().equals(id)) {
                return next;
            }
            queue.addAll(next.children());
        }
        throw new AssertionError("no node " + id);
    }
}
