package dev.goldshop.persistence.sales;

import static dev.goldshop.persistence.sales.SalesBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.customer.Customer;
import dev.goldshop.core.customer.CustomerProfiles;
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
import dev.goldshop.core.rates.MetalRates;
import dev.goldshop.core.rates.NewMetalRate;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceQuery;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.InvoiceType;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.settings.CompanySettings;
import dev.goldshop.core.settings.ShopSettings;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Drafts, lines, issuing and reading invoices through {@link dev.goldshop.core.sales.Invoices}. */
@ExtendWith(PostgresExtension.class)
class InvoicesTest {
    private SalesBed bed;

    @BeforeEach
    void start(TestDatabase database) {
        bed = SalesBed.fresh(database);
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void a_draft_for_a_walk_in_or_a_customer_starts_empty_with_one_audit_row() throws Exception {
        UUID asha = bed.customer("Asha");
        Set<UUID> audit = bed.auditIds();
        Invoice walkIn = bed.invoices.createDraft(bed.cashier, null, "  window display  ");
        assertThat(bed.auditSince(audit)).containsExactly(List.of("create", "invoice", walkIn.id().toString(),
                "success"));
        assertThat(walkIn.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(walkIn.type()).isEqualTo(InvoiceType.SALE);
        assertThat(walkIn.number()).isNull();
        assertThat(walkIn.notes()).isEqualTo("window display");
        assertThat(walkIn.lines()).isEmpty();
        assertThat(walkIn.total()).isEqualTo(usd("0.00"));
        assertThat(walkIn.registeredCustomer()).isFalse();
        Invoice forAsha = bed.invoices.createDraft(bed.cashier, asha, null);
        assertThat(forAsha.customerId()).isEqualTo(asha);
        assertThat(bed.invoices.get(bed.cashier, forAsha.id())).contains(forAsha);
    }

    @Test
    void a_draft_refuses_long_notes_and_an_unknown_or_deactivated_customer_writing_nothing() throws Exception {
        UUID gone = bed.customer("Gone");
        CustomerProfiles profiles = bed.shop.facade(CustomerProfiles.class);
        Customer customer = profiles.find(bed.owner, gone).orElseThrow();
        profiles.deactivate(bed.owner, gone, customer.version());
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.invoices.createDraft(bed.cashier, null, "x".repeat(2001)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("notes");
        assertThatThrownBy(() -> bed.invoices.createDraft(bed.cashier, UUID.randomUUID(), null))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("customer");
        assertThatThrownBy(() -> bed.invoices.createDraft(bed.cashier, gone, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("deactivated");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void lines_are_added_and_removed_and_the_draft_is_repriced_and_renumbered() throws Exception {
        Item ring = bed.ring("R-1");
        Item coins = bed.coins("C-1", 5);
        Invoice draft = bed.invoices.createDraft(bed.cashier, null, null);
        draft = bed.invoices.addLine(bed.cashier, draft.id(), NewLine.fixed("Resizing", usd("25.00"), 1, null),
                draft.version());
        assertThat(draft.lines()).singleElement().satisfies(l -> {
            assertThat(l.priceMode()).isEqualTo(PriceMode.FIXED);
            assertThat(l.unitPrice()).isEqualTo(usd("25.00"));
            assertThat(l.subtotal()).isEqualTo(usd("25.00"));
            assertThat(l.taxAmount()).isEqualTo(usd("0.75"));
            assertThat(l.lineTotal()).isEqualTo(usd("25.75"));
        });
        draft = bed.invoices.addLine(bed.cashier, draft.id(), NewLine.item(ring.id(), 1, usd("2.00")), draft.version());
        draft = bed.invoices.addLine(bed.cashier, draft.id(), NewLine.item(coins.id(), 3, null), draft.version());
        assertThat(draft.lines()).extracting(l -> l.lineNumber() + " " + l.description())
                .containsExactly("1 Resizing", "2 Ring R-1", "3 Coin C-1");
        // ring 682.00 - 2.00 = 680.00 + 20.40 tax; coins 3 x 68.00 = 204.00 + 6.12 tax
        assertThat(draft.subtotal()).isEqualTo(usd("909.00"));
        assertThat(draft.discountTotal()).isEqualTo(usd("2.00"));
        assertThat(draft.taxTotal()).isEqualTo(usd("27.27"));
        assertThat(draft.total()).isEqualTo(usd("936.27"));

        Set<UUID> audit = bed.auditIds();
        Invoice removed = bed.invoices.removeLine(bed.cashier, draft.id(), draft.lines().get(0).id(), draft.version());
        assertThat(bed.auditSince(audit)).containsExactly(List.of("remove_line", "invoice", draft.id().toString(),
                "success"));
        assertThat(removed.lines()).extracting(l -> l.lineNumber() + " " + l.description())
                .containsExactly("1 Ring R-1", "2 Coin C-1");
        assertThat(removed.total()).isEqualTo(usd("910.52"));
        assertThat(removed.version()).isEqualTo(draft.version() + 1);
        assertThat(bed.number("SELECT total FROM invoices WHERE id = ?", draft.id())).isEqualByComparingTo("910.52");
    }

    @Test
    void bad_lines_are_refused_naming_the_field_and_nothing_is_written() throws Exception {
        Item ring = bed.ring("R-1");
        Invoice draft = bed.invoices.createDraft(bed.cashier, null, null);
        Map<String, Long> before = bed.rowCounts();
        long v = draft.version();
        UUID id = draft.id();
        assertFields(() -> bed.invoices.addLine(bed.cashier, id, null, v), "line");
        assertFields(() -> bed.invoices.addLine(bed.cashier, id, NewLine.fixed(" ", usd("-1.00"), 0, usd("-0.01")), v),
                "line.quantity", "line.discount", "line.description", "line.unitPrice");
        assertFields(() -> bed.invoices.addLine(bed.cashier, id,
                new NewLine(ring.id(), "mine", usd("1.00"), 1, null), v), "line.description", "line.unitPrice");
        assertFields(() -> bed.invoices.addLine(bed.cashier, id, NewLine.item(ring.id(), 2, null), v),
                "line.quantity");
        assertFields(() -> bed.invoices.addLine(bed.cashier, id, NewLine.fixed("Pin", usd("5.00"), 1, usd("5.01")), v),
                "line.discount");
        assertFields(() -> bed.invoices.addLine(bed.cashier, id, NewLine.fixed("Pin", dev.goldshop.core.value.Money.of(
                new BigDecimal("5.00"), java.util.Currency.getInstance("EUR")), 1, null), v), "line.unitPrice");
        assertFields(() -> bed.invoices.addLine(bed.cashier, null, NewLine.fixed("Pin", usd("5.00"), 1, null), v),
                "invoiceId");
        assertThatThrownBy(() -> bed.invoices.removeLine(bed.cashier, id, null, v))
                .isInstanceOf(ValidationException.class).hasMessageContaining("lineId");
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void items_not_for_sale_are_refused_and_nothing_is_written() throws Exception {
        Item sold = bed.ring("R-SOLD");
        bed.sale(bed.cashier, null, NewLine.item(sold.id(), 1, null));
        Item ring = bed.ring("R-1");
        Item reserved = bed.ring("R-RES");
        bed.inventory.reserve(bed.owner, reserved.id(), reserved.version());
        Item coins = bed.coins("C-1", 2);
        Item silver = bed.inventory.create(bed.owner, NewItem.builder("S-1", "Silver bangle")
                .kind(ItemKind.UNIQUE_PIECE).metal(MetalType.SILVER, Purity.ofFineness(925))
                .weights(Weight.ofGrams("20.000"), Weight.ZERO).priceMode(PriceMode.WEIGHT)
                .makingCharge(MakingChargeType.PER_GRAM, new BigDecimal("1.00")).build());
        Invoice draft = bed.invoices.createDraft(bed.cashier, null, null);
        draft = bed.invoices.addLine(bed.cashier, draft.id(), NewLine.item(ring.id(), 1, null), draft.version());
        UUID id = draft.id();
        long v = draft.version();
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.invoices.addLine(bed.cashier, id, NewLine.item(sold.id(), 1, null), v))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already sold");
        assertThatThrownBy(() -> bed.invoices.addLine(bed.cashier, id, NewLine.item(reserved.id(), 1, null), v))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("reserved");
        assertThatThrownBy(() -> bed.invoices.addLine(bed.cashier, id, NewLine.item(ring.id(), 1, null), v))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already on this invoice");
        assertThatThrownBy(() -> bed.invoices.addLine(bed.cashier, id, NewLine.item(coins.id(), 3, null), v))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("insufficient stock");
        assertThatThrownBy(() -> bed.invoices.addLine(bed.cashier, id, NewLine.item(silver.id(), 1, null), v))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("No sell rate");
        assertThatThrownBy(() -> bed.invoices.addLine(bed.cashier, id, NewLine.item(UUID.randomUUID(), 1, null), v))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("inventory_item");
        assertThatThrownBy(() -> bed.invoices.addLine(bed.cashier, UUID.randomUUID(),
                NewLine.item(ring.id(), 1, null), v)).isInstanceOf(NotFoundException.class);
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void a_stale_version_or_an_invoice_past_draft_is_refused() throws Exception {
        Invoice draft = bed.invoices.createDraft(bed.cashier, null, null);
        Invoice changed = bed.invoices.addLine(bed.cashier, draft.id(), NewLine.fixed("Pin", usd("5.00"), 1, null),
                draft.version());
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.invoices.addLine(bed.cashier, draft.id(), NewLine.fixed("Pin", usd("5.00"), 1,
                null), draft.version())).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_VERSION));
        assertThatThrownBy(() -> bed.invoices.removeLine(bed.cashier, draft.id(), changed.lines().get(0).id(),
                draft.version())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bed.invoices.discardDraft(bed.cashier, draft.id(), draft.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bed.invoices.issue(bed.cashier, draft.id(), draft.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bed.invoices.removeLine(bed.cashier, draft.id(), UUID.randomUUID(),
                changed.version())).isInstanceOf(NotFoundException.class).hasMessageContaining("invoice line");
        assertThat(bed.changedSince(before)).isEmpty();

        Invoice issued = bed.invoices.issue(bed.cashier, changed.id(), changed.version());
        before = bed.rowCounts();
        assertThatThrownBy(() -> bed.invoices.addLine(bed.cashier, issued.id(), NewLine.fixed("Pin", usd("5.00"), 1,
                null), issued.version())).isInstanceOf(BusinessRuleException.class).hasMessageContaining("only a draft");
        assertThatThrownBy(() -> bed.invoices.discardDraft(bed.cashier, issued.id(), issued.version()))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> bed.invoices.issue(bed.cashier, issued.id(), issued.version()))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(bed.changedSince(before)).isEmpty();
    }

    @Test
    void a_draft_is_discarded_with_its_lines_and_one_audit_row() throws Exception {
        Invoice draft = bed.invoices.createDraft(bed.cashier, null, null);
        draft = bed.invoices.addLine(bed.cashier, draft.id(), NewLine.fixed("Pin", usd("5.00"), 2, null),
                draft.version());
        Set<UUID> audit = bed.auditIds();
        bed.invoices.discardDraft(bed.cashier, draft.id(), draft.version());
        assertThat(bed.auditSince(audit)).containsExactly(List.of("delete", "invoice", draft.id().toString(),
                "success"));
        assertThat(bed.invoices.get(bed.cashier, draft.id())).isEmpty();
        assertThat(bed.number("SELECT count(*) FROM invoice_items WHERE invoice_id = ?", draft.id())).isZero();
        UUID gone = draft.id();
        long v = draft.version();
        assertThatThrownBy(() -> bed.invoices.discardDraft(bed.cashier, gone, v)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void draft_prices_follow_the_current_rates_and_issuing_freezes_them() throws Exception {
        Item ring = bed.ring("R-1");
        Invoice draft = bed.invoices.createDraft(bed.cashier, null, null);
        draft = bed.invoices.addLine(bed.cashier, draft.id(), NewLine.item(ring.id(), 1, null), draft.version());
        assertThat(draft.total()).isEqualTo(usd("702.46"));
        MetalRates rates = bed.shop.facade(MetalRates.class);
        rates.post(bed.owner, NewMetalRate.of(MetalType.GOLD, SalesBed.K22, new BigDecimal("57.0000"),
                new BigDecimal("62.0000")));
        bed.clock.advance(Duration.ofSeconds(1));
        // metal 620.00, wastage 12.40, making 50.00, stones 20.00 = 702.40; tax 21.07
        Invoice read = bed.invoices.get(bed.cashier, draft.id()).orElseThrow();
        assertThat(read.lines().get(0).metalValue()).isEqualTo(usd("620.00"));
        assertThat(read.total()).isEqualTo(usd("723.47"));
        assertThat(read.rates()).singleElement().satisfies(r -> assertThat(r.sellRate()).isEqualByComparingTo("62"));
        assertThat(bed.number("SELECT total FROM invoices WHERE id = ?", draft.id())).isEqualByComparingTo("702.46");

        Invoice issued = bed.invoices.issue(bed.cashier, draft.id(), draft.version());
        assertThat(issued.total()).isEqualTo(usd("723.47"));
        rates.post(bed.owner, NewMetalRate.of(MetalType.GOLD, SalesBed.K22, new BigDecimal("59.0000"),
                new BigDecimal("64.0000")));
        bed.clock.advance(Duration.ofSeconds(1));
        Invoice later = bed.invoices.get(bed.cashier, issued.id()).orElseThrow();
        assertThat(later.total()).isEqualTo(usd("723.47"));
        assertThat(later.lines().get(0).ratePerGram()).isEqualByComparingTo("62");
        assertThat(later.rates()).singleElement().satisfies(r -> {
            assertThat(r.sellRate()).isEqualByComparingTo("62");
            assertThat(r.buyRate()).isEqualByComparingTo("57");
            assertThat(r.derived()).isFalse();
        });
    }

    @Test
    void a_discount_above_the_limit_needs_discount_override_and_raises_an_unusual_activity_alert() throws Exception {
        Item ring = bed.ring("R-1");
        Invoice draft = bed.invoices.createDraft(bed.cashier, null, null);
        UUID id = draft.id();
        long v = draft.version();
        // the ring is worth 682.00 before discount: 10% is 68.20
        Map<String, Long> before = bed.rowCounts();
        Set<UUID> audit = bed.auditIds();
        assertThatThrownBy(() -> bed.invoices.addLine(bed.cashier, id, NewLine.item(ring.id(), 1, usd("68.21")), v))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("discount:override");
        assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        assertThat(bed.auditSince(audit)).containsExactly(List.of("access_denied", "discount", id.toString(),
                "denied"));

        Invoice within = bed.invoices.addLine(bed.cashier, id, NewLine.item(ring.id(), 1, usd("68.20")), v);
        assertThat(within.lines().get(0).discountApprovedBy()).isNull();
        assertThat(bed.number("SELECT count(*) FROM security_alerts")).isZero();
        within = bed.invoices.removeLine(bed.cashier, id, within.lines().get(0).id(), within.version());

        before = bed.rowCounts();
        Invoice allowed = bed.invoices.addLine(bed.manager, id, NewLine.item(ring.id(), 1, usd("100.00")),
                within.version());
        assertThat(allowed.lines().get(0).discountApprovedBy()).isEqualTo(bed.manager.actor().userId());
        assertThat(allowed.total()).isEqualTo(usd("599.46"));
        assertThat(bed.changedSince(before)).containsEntry("security_alerts", 1L).containsEntry("audit_logs", 2L);
        assertThat(bed.strings("SELECT alert_type || ' ' || (additional_data ->> 'kind') FROM security_alerts"))
                .containsExactly("unusual_activity discount_over_policy");

        Invoice issued = bed.invoices.issue(bed.cashier, id, allowed.version());
        assertThat(issued.lines().get(0).discount()).isEqualTo(usd("100.00"));
        assertThat(issued.discountTotal()).isEqualTo(usd("100.00"));
    }

    @Test
    void issuing_numbers_the_invoice_takes_the_stock_posts_and_counts_the_customer() throws Exception {
        UUID asha = bed.customer("Asha");
        Item ring = bed.ring("R-1");
        Item coins = bed.coins("C-1", 5);
        Invoice draft = bed.invoices.createDraft(bed.cashier, asha, null);
        draft = bed.invoices.addLine(bed.cashier, draft.id(), NewLine.item(ring.id(), 1, null), draft.version());
        draft = bed.invoices.addLine(bed.cashier, draft.id(), NewLine.item(coins.id(), 2, null), draft.version());
        Set<UUID> audit = bed.auditIds();
        Invoice issued = bed.invoices.issue(bed.cashier, draft.id(), draft.version());
        assertThat(bed.auditSince(audit)).containsExactly(List.of("issue", "invoice", draft.id().toString(),
                "success"));
        assertThat(issued.number()).isEqualTo("INV-2026-000001");
        assertThat(issued.invoiceDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(issued.issuedBy()).isEqualTo(bed.cashierId);
        assertThat(issued.balanceDue()).isEqualTo(usd("842.54"));
        assertThat(bed.strings("SELECT status FROM inventory_items WHERE id = ?", ring.id())).containsExactly("sold");
        assertThat(bed.quantityOf(coins.id())).isEqualTo(3);
        assertThat(bed.receivableOf(issued.id())).isEqualTo(usd("842.54"));
        assertThat(bed.number("SELECT lifetime_spend FROM customers WHERE id = ?", asha)).isEqualByComparingTo("842.54");
        assertThat(bed.number("SELECT purchase_count FROM customers WHERE id = ?", asha)).isEqualByComparingTo("1");
        assertThat(bed.strings("SELECT last_purchase_at::text FROM customers WHERE id = ?", asha)).doesNotContainNull();
        assertThat(bed.strings("SELECT metal_rates ->> 'gold/916' FROM invoices WHERE id = ?", issued.id()))
                .singleElement().asString().contains("\"sell_rate\": \"60.0000\"");

        Invoice second = bed.sale(bed.cashier, null, NewLine.fixed("Cleaning", usd("10.00"), 1, null));
        assertThat(second.number()).isEqualTo("INV-2026-000002");
        bed.assertBooksBalance();
    }

    @Test
    void numbers_restart_each_year_and_print_the_prefix_of_the_day() throws Exception {
        bed.sale(bed.cashier, null, NewLine.fixed("Cleaning", usd("10.00"), 1, null));
        CompanySettings settings = bed.shop.facade(CompanySettings.class);
        ShopSettings current = settings.get(bed.owner);
        settings.update(bed.owner, current.toUpdate().invoicePrefix("SHOP").build(), current.version());
        assertThat(bed.sale(bed.cashier, null, NewLine.fixed("Cleaning", usd("10.00"), 1, null)).number())
                .isEqualTo("SHOP-2026-000002");
        bed.clock.set(LocalDate.of(2027, 1, 1).atTime(9, 0).toInstant(ZoneOffset.UTC));
        assertThat(bed.sale(bed.cashier, null, NewLine.fixed("Cleaning", usd("10.00"), 1, null)).number())
                .isEqualTo("SHOP-2027-000001");
    }

    @Test
    void issuing_refuses_an_empty_draft_and_a_piece_sold_meanwhile_and_uses_no_number() throws Exception {
        Item ring = bed.ring("R-1");
        Invoice empty = bed.invoices.createDraft(bed.cashier, null, null);
        Invoice first = bed.invoices.createDraft(bed.cashier, null, null);
        first = bed.invoices.addLine(bed.cashier, first.id(), NewLine.item(ring.id(), 1, null), first.version());
        Invoice second = bed.invoices.createDraft(bed.cashier, null, null);
        second = bed.invoices.addLine(bed.cashier, second.id(), NewLine.item(ring.id(), 1, null), second.version());
        Map<String, Long> before = bed.rowCounts();
        assertThatThrownBy(() -> bed.invoices.issue(bed.cashier, empty.id(), empty.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("no lines");
        assertThatThrownBy(() -> bed.invoices.issue(bed.cashier, UUID.randomUUID(), 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bed.invoices.issue(bed.cashier, null, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("invoiceId");
        assertThat(bed.changedSince(before)).isEmpty();
        bed.invoices.issue(bed.cashier, first.id(), first.version());
        before = bed.rowCounts();
        Invoice late = second;
        assertThatThrownBy(() -> bed.invoices.issue(bed.cashier, late.id(), late.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already sold");
        assertThat(bed.changedSince(before)).isEmpty();
        assertThat(bed.sale(bed.cashier, null, NewLine.fixed("Cleaning", usd("10.00"), 1, null)).number())
                .isEqualTo("INV-2026-000002");
    }

    @Test
    void every_method_refuses_without_its_permission_leaving_only_the_refusal_audit_row() throws Exception {
        Invoice draft = bed.invoices.createDraft(bed.cashier, null, null);
        draft = bed.invoices.addLine(bed.cashier, draft.id(), NewLine.fixed("Pin", usd("5.00"), 1, null),
                draft.version());
        Invoice issued = bed.sale(bed.cashier, null, NewLine.fixed("Pin", usd("5.00"), 1, null));
        UUID id = draft.id();
        long v = draft.version();
        UUID line = draft.lines().get(0).id();
        List<ThrowingCallable> calls = new ArrayList<>(List.of(
                () -> bed.invoices.createDraft(bed.nobody, null, null),
                () -> bed.invoices.addLine(bed.nobody, id, NewLine.fixed("Pin", usd("5.00"), 1, null), v),
                () -> bed.invoices.removeLine(bed.nobody, id, line, v),
                () -> bed.invoices.discardDraft(bed.nobody, id, v),
                () -> bed.invoices.issue(bed.nobody, id, v),
                () -> bed.invoices.voidInvoice(bed.cashier.withReason("mistake"), issued.id(), issued.version()),
                () -> bed.invoices.requestVoid(bed.cashier.withReason("mistake"), issued.id(), issued.version()),
                () -> bed.invoices.approveVoid(bed.cashier, issued.id(), issued.version()),
                () -> bed.invoices.get(bed.nobody, id),
                () -> bed.invoices.list(bed.nobody, InvoiceQuery.all(), PageRequest.first())));
        for (ThrowingCallable call : calls) {
            Map<String, Long> before = bed.rowCounts();
            assertThatThrownBy(call).isInstanceOf(PermissionDeniedException.class);
            assertThat(bed.changedSince(before)).isEqualTo(Map.of("audit_logs", 1L));
        }
    }

    @Test
    void invoices_are_listed_newest_first_in_keyset_pages_and_filtered() throws Exception {
        UUID asha = bed.customer("Asha");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(bed.sale(bed.cashier, i % 2 == 0 ? asha : null, NewLine.fixed("Pin " + i, usd("5.00"), 1, null))
                    .id());
        }
        Invoice draft = bed.invoices.createDraft(bed.cashier, asha, null);
        List<UUID> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            Page<Invoice> page = bed.invoices.list(bed.cashier, InvoiceQuery.all(), request);
            page.items().forEach(i -> seen.add(i.id()));
            assertThat(page.items()).allSatisfy(i -> assertThat(i.lines()).hasSizeLessThanOrEqualTo(1));
            if (!page.hasNext()) {
                break;
            }
            request = PageRequest.after(page.nextCursor().orElseThrow(), 2);
        }
        List<UUID> expected = new ArrayList<>(ids);
        expected.add(draft.id());
        java.util.Collections.reverse(expected);
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(bed.invoices.list(bed.cashier, InvoiceQuery.ofCustomer(asha), PageRequest.first()).items())
                .hasSize(4);
        assertThat(bed.invoices.list(bed.cashier, new InvoiceQuery(asha, InvoiceType.SALE, InvoiceStatus.ISSUED,
                bed.today(), bed.today()), PageRequest.first()).items()).extracting(Invoice::id)
                .containsExactly(ids.get(4), ids.get(2), ids.get(0));
        assertThat(bed.invoices.list(bed.cashier, new InvoiceQuery(null, null, null, bed.today().plusDays(1), null),
                PageRequest.first()).items()).isEmpty();
        assertThatThrownBy(() -> bed.invoices.list(bed.cashier, InvoiceQuery.all(), PageRequest.after("%%%", 2)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cursor");
        assertThatThrownBy(() -> bed.invoices.list(bed.cashier, new InvoiceQuery(null, null, null, bed.today(),
                bed.today().minusDays(1)), PageRequest.first())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> bed.invoices.list(bed.cashier, null, PageRequest.first()))
                .isInstanceOf(ValidationException.class);
        assertThat(bed.invoices.get(bed.cashier, UUID.randomUUID())).isEmpty();
    }

    private static void assertFields(ThrowingCallable call, String... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields));
    }
}
