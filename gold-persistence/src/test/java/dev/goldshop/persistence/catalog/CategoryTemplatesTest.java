package dev.goldshop.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.AttributeDefinition;
import dev.goldshop.core.catalog.AttributeType;
import dev.goldshop.core.catalog.Category;
import dev.goldshop.core.catalog.CategoryTemplate;
import dev.goldshop.core.catalog.CategoryTemplateDraft;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.NewCategory;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
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

/** Category templates: the attribute definitions items are checked against. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CategoryTemplatesTest {
    private CatalogBed bed;

    @BeforeAll
    void start(TestDatabase db) {
        bed = new CatalogBed(db);
    }

    @AfterAll
    void stop() {
        bed.close();
    }

    private static CategoryTemplateDraft rings(String name) {
        return new CategoryTemplateDraft(name, "finger rings", List.of(
                AttributeDefinition.number("ring_size", true, "mm"),
                AttributeDefinition.choice("stone_colour", false, List.of("red", "green", "white")),
                AttributeDefinition.bool("certified", false),
                AttributeDefinition.weight("chain_weight", false),
                AttributeDefinition.date("certificate_date", false),
                AttributeDefinition.text("engraving", false)));
    }

    @Test
    void a_template_is_created_and_reads_back_with_its_attributes_in_order() {
        String name = CatalogBed.unique("Rings ");
        var before = bed.rowCounts();
        CategoryTemplate created = bed.templates.create(bed.manager, rings(name));

        assertThat(created.version()).isZero();
        assertThat(created.attributes()).extracting(AttributeDefinition::name)
                .containsExactly("ring_size", "stone_colour", "certified", "chain_weight", "certificate_date", "engraving");
        assertThat(bed.templates.get(bed.reader, created.id())).contains(created);
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L, "category_templates", 1L));
        assertThat(bed.lastAudit()).isEqualTo("create/success");
        assertThat(bed.queryString("SELECT attributes->1->>'type' FROM category_templates WHERE id = '"
                + created.id() + "'")).isEqualTo("choice");
    }

    @Test
    void every_problem_of_a_bad_template_is_reported_at_once_and_nothing_is_written() {
        CategoryTemplateDraft bad = new CategoryTemplateDraft("  ", null, Arrays.asList(
                new AttributeDefinition("Ring Size", AttributeType.NUMBER, true, List.of(), null),
                new AttributeDefinition("colour", AttributeType.CHOICE, false, List.of(), null),
                new AttributeDefinition("colour", AttributeType.TEXT, false, List.of("a"), "cm"),
                new AttributeDefinition("weight", AttributeType.WEIGHT_GRAMS, false, List.of(), "kg"),
                new AttributeDefinition("flag", null, false, List.of(), null),
                null));
        var before = bed.rowCounts();

        assertThatThrownBy(() -> bed.templates.create(bed.manager, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("name", "attributes[0].name", "attributes[1].allowedValues",
                                "attributes[2].name", "attributes[2].allowedValues", "attributes[2].unit",
                                "attributes[3].unit", "attributes[4].type", "attributes[5]"));
        assertThatThrownBy(() -> bed.templates.create(bed.manager, null)).isInstanceOf(ValidationException.class);
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void a_second_template_with_the_same_name_is_a_conflict() {
        String name = CatalogBed.unique("Bangles ");
        bed.templates.create(bed.manager, rings(name));
        var before = bed.rowCounts();
        assertThatThrownBy(() -> bed.templates.create(bed.manager, rings(name)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE))
                .hasMessageStartingWith("name:");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void without_the_permission_every_method_is_refused_with_only_the_refusal_audited() {
        CategoryTemplate template = bed.templates.create(bed.manager, rings(CatalogBed.unique("Denied ")));
        List<Runnable> calls = List.of(
                () -> bed.templates.create(bed.reader, rings("x")),
                () -> bed.templates.update(bed.reader, template.id(), rings("y"), 0),
                () -> bed.templates.delete(bed.reader, template.id(), 0),
                () -> bed.templates.get(bed.nobody, template.id()),
                () -> bed.templates.list(bed.nobody, PageRequest.first()));
        for (Runnable call : calls) {
            var before = bed.rowCounts();
            assertThatThrownBy(call::run).isInstanceOf(PermissionDeniedException.class);
            assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
            assertThat(bed.lastAudit()).isEqualTo("access_denied/denied");
        }
    }

    @Test
    void an_update_replaces_the_content_checks_the_version_and_is_audited() {
        CategoryTemplate template = bed.templates.create(bed.manager, rings(CatalogBed.unique("Chains ")));
        CategoryTemplateDraft changed = new CategoryTemplateDraft(template.name() + " v2", "now with length",
                List.of(AttributeDefinition.number("length", false, "cm")));

        CategoryTemplate updated = bed.templates.update(bed.manager, template.id(), changed, 0);

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.name()).endsWith(" v2");
        assertThat(updated.attributes()).extracting(AttributeDefinition::name).containsExactly("length");
        assertThat(bed.auditRowsFor(template.id())).isEqualTo(2);
        var before = bed.rowCounts();
        assertThatThrownBy(() -> bed.templates.update(bed.manager, template.id(), changed, 0))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThatThrownBy(() -> bed.templates.update(bed.manager, UUID.randomUUID(), changed, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.templates.update(bed.manager, template.id(),
                new CategoryTemplateDraft("", null, List.of()), 1)).isInstanceOf(ValidationException.class);
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void an_update_that_existing_items_would_break_is_refused_naming_the_item() {
        CategoryTemplate template = bed.templates.create(bed.manager, rings(CatalogBed.unique("Rings in use ")));
        Category category = bed.categories.create(bed.manager,
                NewCategory.root(CatalogBed.unique("Rings category ")).withTemplate(template.id()));
        String sku = CatalogBed.unique("RING-");
        bed.inventory.create(bed.manager, NewItem.builder(sku, "Ruby ring").category(category.id())
                .metal(MetalType.GOLD, Purity.ofKarat(22)).weights(Weight.ofGrams("5.000"), Weight.ZERO)
                .makingCharge(MakingChargeType.PER_GRAM, new BigDecimal("10")).attribute("ring_size", 16)
                .attribute("stone_colour", "red").build());

        List<AttributeDefinition> narrower = new ArrayList<>(template.attributes());
        narrower.set(1, AttributeDefinition.choice("stone_colour", false, List.of("green", "white")));
        var before = bed.rowCounts();
        assertThatThrownBy(() -> bed.templates.update(bed.manager, template.id(),
                new CategoryTemplateDraft(template.name(), null, narrower), 0))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining(sku)
                .hasMessageContaining("attributes.stone_colour");
        List<AttributeDefinition> withRequired = new ArrayList<>(template.attributes());
        withRequired.add(AttributeDefinition.text("maker", true));
        assertThatThrownBy(() -> bed.templates.update(bed.manager, template.id(),
                new CategoryTemplateDraft(template.name(), null, withRequired), 0))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("attributes.maker");
        assertThat(bed.changedSince(before)).isEmpty();

        List<AttributeDefinition> wider = new ArrayList<>(template.attributes());
        wider.add(AttributeDefinition.text("maker", false));
        assertThat(bed.templates.update(bed.manager, template.id(),
                new CategoryTemplateDraft(template.name(), null, wider), 0).attributes()).hasSize(7);
    }

    @Test
    void a_template_in_use_cannot_be_deleted_and_an_unused_one_can() {
        CategoryTemplate used = bed.templates.create(bed.manager, rings(CatalogBed.unique("Used ")));
        String categoryName = CatalogBed.unique("Uses it ");
        bed.categories.create(bed.manager, NewCategory.root(categoryName).withTemplate(used.id()));
        var before = bed.rowCounts();
        assertThatThrownBy(() -> bed.templates.delete(bed.manager, used.id(), 0))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining(categoryName);
        assertThat(bed.changedSince(before)).isEmpty();

        CategoryTemplate unused = bed.templates.create(bed.manager, rings(CatalogBed.unique("Unused ")));
        assertThatThrownBy(() -> bed.templates.delete(bed.manager, unused.id(), 7))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThatThrownBy(() -> bed.templates.delete(bed.manager, UUID.randomUUID(), 0))
                .isInstanceOf(NotFoundException.class);
        before = bed.rowCounts();
        bed.templates.delete(bed.manager, unused.id(), 0);
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L, "category_templates", -1L));
        assertThat(bed.lastAudit()).isEqualTo("delete/success");
        assertThat(bed.templates.get(bed.reader, unused.id())).isEmpty();
    }

    @Test
    void templates_list_by_name_in_keyset_pages_each_exactly_once() {
        String prefix = CatalogBed.unique("Page test ");
        for (int i = 0; i < 7; i++) {
            bed.templates.create(bed.manager, new CategoryTemplateDraft(prefix + i, null, List.of()));
        }
        List<CategoryTemplate> all = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        while (true) {
            Page<CategoryTemplate> page = bed.templates.list(bed.reader, request);
            all.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
            request = PageRequest.after(page.nextCursor().orElseThrow(), 3);
        }
        List<String> names = all.stream().map(CategoryTemplate::name).toList();
        assertThat(names).doesNotHaveDuplicates().isSorted();
        assertThat(names.stream().filter(n -> n.startsWith(prefix))).hasSize(7);
        assertThat(names).hasSize((int) bed.queryLong("SELECT count(*) FROM category_templates"));
        assertThatThrownBy(() -> bed.templates.list(bed.reader, PageRequest.after("not-a-cursor", 3)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("page.cursor"));
    }

    @Test
    void an_item_reads_back_attribute_values_in_their_stored_types() {
        CategoryTemplate template = bed.templates.create(bed.manager, rings(CatalogBed.unique("Typed ")));
        Category category = bed.categories.create(bed.manager,
                NewCategory.root(CatalogBed.unique("Typed rings ")).withTemplate(template.id()));
        Item item = bed.inventory.create(bed.manager, NewItem.builder(CatalogBed.unique("TYPED-"), "Typed ring")
                .category(category.id()).metal(MetalType.GOLD, Purity.ofKarat(18))
                .weights(Weight.ofGrams("3.100"), Weight.ZERO).makingCharge(MakingChargeType.PERCENT, BigDecimal.TEN)
                .attribute("ring_size", 7.5).attribute("certified", true)
                .attribute("chain_weight", Weight.ofGrams("1.250"))
                .attribute("certificate_date", java.time.LocalDate.of(2024, 5, 1)).attribute("engraving", "A & B")
                .build());
        assertThat(item.attributes()).containsEntry("ring_size", new BigDecimal("7.5"))
                .containsEntry("certified", true).containsEntry("certificate_date", "2024-05-01")
                .containsEntry("engraving", "A & B");
        assertThat((BigDecimal) item.attributes().get("chain_weight")).isEqualByComparingTo("1.25");
        assertThat(bed.inventory.get(bed.reader, item.id()).orElseThrow().attributes()).isEqualTo(item.attributes());
    }
}
