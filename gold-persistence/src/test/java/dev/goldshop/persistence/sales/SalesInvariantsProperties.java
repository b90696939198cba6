package dev.goldshop.persistence.sales;

import static dev.goldshop.persistence.sales.SalesBed.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceLine;
import dev.goldshop.core.sales.InvoiceStatus;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.ReturnLine;
import dev.goldshop.core.sales.ReturnRequest;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random sequences of sales, part payments, payments of the rest (sometimes with old gold and an
 * overpayment), part returns and voids. After every step: every journal balances, the trial
 * balance balances, the receivable of each sale (with its credit notes) equals its balance due
 * (and is zero once it is voided),
 * and each item's stock equals its receipts less what standing sales took plus what credit
 * notes brought back (and the sum of its stock movements). A step the rules refuse (a void of a
 * paid sale, stock already gone) must be refused with a {@link BusinessRuleException} and change
 * nothing the invariants can see; anything else fails the property.
 */
class SalesInvariantsProperties {
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static SalesBed bed;

    @BeforeContainer
    static void open() {
        bed = SalesBed.fresh();
    }

    @AfterContainer
    static void close() {
        bed.close();
    }

    /** What a step does. */
    enum Kind {
        SELL, PAY_PART, PAY_REST, RETURN_PART, VOID
    }

    /** One step: its kind and two numbers that pick what it works on. */
    record Step(Kind kind, int a, int b) {
    }

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 999)).as(Step::new);
        return step.list().ofMinSize(4).ofMaxSize(16);
    }

    @Property(tries = 20)
    void after_any_sequence_the_books_balance_and_the_stock_adds_up(@ForAll("scripts") List<Step> steps)
            throws Exception {
        int run = TRIES.incrementAndGet();
        UUID customer = bed.customer("Prop" + run);
        List<Item> rings = List.of(bed.ring("P" + run + "-R1"), bed.ring("P" + run + "-R2"));
        Item coins = bed.coins("P" + run + "-C", 6);
        Map<UUID, Integer> opening = Map.of(rings.get(0).id(), 1, rings.get(1).id(), 1, coins.id(), 6);
        List<UUID> sales = new ArrayList<>();
        for (Step step : steps) {
            bed.clock.advance(Duration.ofMinutes(1));
            String outcome;
            try {
                outcome = apply(step, customer, rings, coins, sales) ? "done" : "nothing to do";
            } catch (BusinessRuleException refused) {
                // a refusal the rules call for; the invariants below show it changed nothing
                outcome = "refused";
            }
            Statistics.collect(step.kind(), outcome);
            check(sales, opening);
        }
    }

    /** Applies a step; false when it finds nothing to work on. */
    private boolean apply(Step step, UUID customer, List<Item> rings, Item coins, List<UUID> sales) {
        switch (step.kind()) {
            case SELL: {
                List<NewLine> lines = new ArrayList<>();
                if (step.a() % 2 == 0) {
                    lines.add(NewLine.item(rings.get(0).id(), 1, null));
                }
                if (step.a() % 3 == 0) {
                    lines.add(NewLine.item(rings.get(1).id(), 1, null));
                }
                if (step.a() % 5 != 0) {
                    lines.add(NewLine.item(coins.id(), 1 + step.b() % 3, usd("1.00")));
                }
                if (lines.isEmpty()) {
                    lines.add(NewLine.fixed("Polish", usd("12.00"), 1, null));
                }
                sales.add(bed.sale(bed.cashier, step.b() % 2 == 0 ? customer : null, lines.toArray(new NewLine[0]))
                        .id());
                return true;
            }
            case PAY_PART: {
                Invoice sale = pick(sales, step.a());
                if (sale == null || sale.balanceDue().isZero()) {
                    return false;
                }
                BigDecimal share = BigDecimal.valueOf(5 + step.b() % 90).movePointLeft(2);
                Money part = Money.of(sale.balanceDue().amount().multiply(share), sale.currency(), RoundingMode.DOWN)
                        .max(usd("0.01"));
                Tender tender = step.b() % 2 == 0 ? Tender.cash(part) : Tender.card(part, null);
                bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "p-" + UUID.randomUUID(), tender));
                return true;
            }
            case PAY_REST: {
                Invoice sale = pick(sales, step.a());
                if (sale == null || sale.balanceDue().isZero()) {
                    return false;
                }
                if (step.b() % 3 == 0) {
                    bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "g-" + UUID.randomUUID(),
                            Tender.oldGold(MetalType.GOLD, SalesBed.K22, Weight.ofGrams("1.000"), null),
                            Tender.cash(sale.balanceDue())));
                } else {
                    bed.payments.pay(bed.cashier, PaymentRequest.of(sale.id(), "r-" + UUID.randomUUID(),
                            Tender.card(sale.balanceDue(), null)));
                }
                return true;
            }
            case RETURN_PART: {
                Invoice sale = pick(sales, step.a());
                if (sale == null || sale.lines().isEmpty()) {
                    return false;
                }
                InvoiceLine line = sale.lines().get(step.b() % sale.lines().size());
                if (line.returnableQuantity() == 0) {
                    return false;
                }
                PaymentMethod refund = sale.registeredCustomer() && step.b() % 2 == 0 ? PaymentMethod.STORE_CREDIT
                        : PaymentMethod.CASH;
                bed.returns.returnGoods(bed.manager, ReturnRequest.of(sale.id(), refund,
                        new ReturnLine(line.id(), 1 + step.b() % line.returnableQuantity())));
                return true;
            }
            default: {
                Invoice sale = pick(sales, step.a());
                if (sale == null) {
                    return false;
                }
                bed.invoices.voidInvoice(bed.manager.withReason("property"), sale.id(), sale.version());
                return true;
            }
        }
    }

    private static Invoice pick(List<UUID> sales, int a) {
        return sales.isEmpty() ? null : bed.invoices.get(bed.owner, sales.get(a % sales.size())).orElseThrow();
    }

    private static void check(List<UUID> sales, Map<UUID, Integer> opening) throws Exception {
        bed.assertBooksBalance();
        for (UUID id : sales) {
            Invoice sale = bed.invoices.get(bed.owner, id).orElseThrow();
            assertThat(sale.balanceDue()).isEqualTo(sale.total().minus(sale.amountPaid()).minus(sale.amountCredited()));
            if (sale.status() == InvoiceStatus.VOIDED) {
                // a voided sale keeps its amounts as issued and owes nothing: the void reversed them
                assertThat(sale.amountPaid()).isEqualTo(usd("0.00"));
                assertThat(bed.receivableOf(id)).as("receivable of voided " + sale.number()).isEqualTo(usd("0.00"));
            } else {
                assertThat(bed.receivableOf(id)).as("receivable of " + sale.number()).isEqualTo(sale.balanceDue());
            }
        }
        for (Map.Entry<UUID, Integer> item : opening.entrySet()) {
            int sold = bed.number("SELECT coalesce(sum(l.quantity), 0) FROM invoice_items l JOIN invoices i"
                    + " ON i.id = l.invoice_id WHERE l.inventory_item_id = ? AND i.invoice_type = 'sale'"
                    + " AND i.status NOT IN ('draft', 'voided')", item.getKey()).intValue();
            int returned = bed.number("SELECT coalesce(sum(l.quantity), 0) FROM invoice_items l JOIN invoices i"
                    + " ON i.id = l.invoice_id WHERE l.inventory_item_id = ? AND i.invoice_type = 'credit_note'",
                    item.getKey()).intValue();
            int moved = bed.number("SELECT coalesce(sum(quantity_delta), 0) FROM stock_movements WHERE item_id = ?",
                    item.getKey()).intValue();
            int onHand = bed.quantityOf(item.getKey());
            assertThat(onHand).as("stock of " + item.getKey()).isEqualTo(item.getValue() - sold + returned)
                    .isEqualTo(moved).isGreaterThanOrEqualTo(0);
        }
        assertThat(bed.number("SELECT count(*) FROM (SELECT sold_piece_id FROM invoice_items WHERE sold_piece_id"
                + " IS NOT NULL GROUP BY sold_piece_id HAVING count(*) > 1) twice")).isZero();
        assertThat(bed.number("SELECT count(*) FROM customer_store_credit c WHERE c.balance <> (SELECT"
                + " coalesce(sum(e.amount), 0) FROM store_credit_entries e WHERE e.customer_id = c.customer_id)"))
                .isZero();
    }
}
