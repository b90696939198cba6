package dev.goldshop.persistence.loyalty;

import static dev.goldshop.persistence.loyalty.LoyaltyBed.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.loyalty.LoyaltyTier;
import dev.goldshop.core.loyalty.PointsAdjustment;
import dev.goldshop.core.loyalty.PointsArithmetic;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.PaymentMethod;
import dev.goldshop.core.sales.PaymentReceipt;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.ReturnLine;
import dev.goldshop.core.sales.ReturnReceipt;
import dev.goldshop.core.sales.ReturnRequest;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.value.Money;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * A stateful test of one customer's points (SECURITY.md invariant 5): random chains of earning
 * (a coin paid in cash), redeeming (a coin paid partly with points), returning a paid sale,
 * time passing and an expiry run, manual adjustments either way, and retries of the last
 * payment, run against the SDK and against an in-memory model of the rules (lots spent oldest
 * first, tiers over the last twelve months, a return giving back as points what its sale was
 * paid with in points (a new lot, valid for the programme's 365 days) before taking back what it
 * earned, take-backs kept from the money refund when spent).
 *
 * <p>After every step: the SDK's balance equals the model's, the unspent lots equal the
 * model's lots in order, no balance is negative, every balance equals the sum of its ledger and
 * of its lots, every journal balances, and the trial balance balances. A step the rules refuse
 * (redeeming or adjusting beyond the balance) must be refused with a
 * {@link BusinessRuleException} and change nothing.
 */
class LoyaltyLedgerProperties {
    private static final BigDecimal POINT_VALUE = new BigDecimal("0.10");
    private static final Money COIN = usd("70.04");
    private static final Money COIN_TAX = usd("2.04");
    private static final List<LoyaltyTier> TIERS = LoyaltyBed.standard(true).tiers();
    private static LoyaltyBed bed;
    private static Item coins;

    @BeforeContainer
    static void open() {
        bed = LoyaltyBed.fresh();
        bed.enrol();
        coins = bed.coins(100_000);
    }

    @AfterContainer
    static void close() {
        bed.close();
    }

    /** A lot of the model: points added at a time, what is left, and when it expires. */
    static final class Lot {
        final LocalDate expiry;
        long remaining;

        Lot(LocalDate expiry, long remaining) {
            this.expiry = expiry;
            this.remaining = remaining;
        }
    }

    /** A paid sale of the model, until it is returned: what it earned and what it was paid with in points. */
    record Sale(Invoice invoice, long earned, long redeemed, Money paidWithPoints) {
    }

    /** The SDK's customer and the model of their points. */
    static final class State {
        final UUID customer = bed.customer("Model");
        final List<Lot> lots = new ArrayList<>();
        final List<Object[]> earnings = new ArrayList<>();
        final List<Sale> paid = new ArrayList<>();
        PaymentRequest lastPayment;
        PaymentReceipt lastReceipt;
        int keys;

        long balance() {
            return lots.stream().mapToLong(l -> l.remaining).sum();
        }

        Instant now() {
            return bed.clock.instant().truncatedTo(ChronoUnit.MICROS);
        }

        LocalDate today() {
            return LocalDate.ofInstant(bed.clock.instant(), ZoneOffset.UTC);
        }

        long qualifying() {
            Instant since = now().atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
            long sum = 0;
            for (Object[] e : earnings) {
                if (!((Instant) e[0]).isBefore(since)) {
                    sum += (Long) e[1];
                }
            }
            return Math.max(0, sum);
        }

        long earnOn(Money cash) {
            BigDecimal multiplier = PointsArithmetic.multiplier(PointsArithmetic.tierFor(TIERS, qualifying()));
            return PointsArithmetic.pointsForPayment(cash.amount(), COIN.amount(), COIN_TAX.amount(), BigDecimal.ONE,
                    multiplier);
        }

        void add(long points) {
            if (points > 0) {
                lots.add(new Lot(today().plusDays(365), points));
            }
        }

        void take(long points) {
            long left = points;
            for (Lot lot : lots) {
                long taken = Math.min(left, lot.remaining);
                lot.remaining -= taken;
                left -= taken;
            }
        }

        void step(String what) {
            bed.clock.advance(Duration.ofSeconds(1));
        }

        void earn() {
            step("earn");
            Invoice sale = bed.sale(customer, coins, 1);
            long expected = earnOn(COIN);
            pay(PaymentRequest.of(sale.id(), "m-" + keys++ + "-" + customer, Tender.cash(COIN)));
            add(expected);
            earnings.add(new Object[] {now(), expected});
            paid.add(new Sale(sale, expected, 0, usd("0.00")));
        }

        void redeem(int dollars) {
            step("redeem");
            Invoice sale = bed.sale(customer, coins, 1);
            Money points = usd(dollars + ".00");
            long spent = PointsArithmetic.pointsToPay(points, POINT_VALUE);
            PaymentRequest request = PaymentRequest.of(sale.id(), "m-" + keys++ + "-" + customer,
                    Tender.loyaltyPoints(points), Tender.cash(COIN.minus(points)));
            if (spent > balance()) {
                assertThatThrownBy(() -> bed.payments.pay(bed.cashier, request))
                        .isInstanceOf(BusinessRuleException.class);
                return;
            }
            long expected = earnOn(COIN.minus(points));
            pay(request);
            take(spent);
            add(expected);
            earnings.add(new Object[] {now(), expected});
            paid.add(new Sale(sale, expected, spent, points));
        }

        private void pay(PaymentRequest request) {
            lastReceipt = bed.payments.pay(bed.cashier, request);
            lastPayment = request;
        }

        void returnSale(int pick) {
            if (paid.isEmpty()) {
                return;
            }
            step("return");
            Sale sale = paid.remove(pick % paid.size());
            add(sale.redeemed());
            long due = sale.earned();
            long fromBalance = Math.min(due, balance());
            Money cash = COIN.minus(sale.paidWithPoints());
            Money kept = PointsArithmetic.valueOf(due - fromBalance, POINT_VALUE, LoyaltyBed.USD).min(cash);
            ReturnReceipt receipt = bed.returns.returnGoods(bed.owner.withReason("model return"), ReturnRequest.of(
                    sale.invoice().id(), PaymentMethod.CASH, new ReturnLine(sale.invoice().lines().get(0).id(), 1)));
            assertThat(receipt.returnedAsPoints()).isEqualTo(sale.paidWithPoints());
            assertThat(receipt.pointsReturned()).isEqualTo(sale.redeemed());
            assertThat(receipt.returnedAsStoreCredit()).isEqualTo(usd("0.00"));
            assertThat(receipt.keptForSpentPoints()).isEqualTo(kept);
            assertThat(receipt.refunded()).isEqualTo(cash.minus(kept));
            take(fromBalance);
            if (due > 0) {
                earnings.add(new Object[] {now(), -due});
            }
        }

        void expireAfter(int days) {
            bed.clock.advance(Duration.ofDays(days));
            LocalDate today = today();
            long expected = 0;
            for (Lot lot : lots) {
                if (lot.expiry.isBefore(today)) {
                    expected += lot.remaining;
                    lot.remaining = 0;
                }
            }
            long before = balance() + expected;
            bed.loyalty.expire(bed.owner);
            assertThat(bed.balance(customer)).isEqualTo(before - expected);
        }

        void adjust(int points) {
            step("adjust");
            PointsAdjustment adjustment = new PointsAdjustment(customer, points, "m-" + keys++ + "-" + customer);
            if (points < 0 && -points > balance()) {
                assertThatThrownBy(() -> bed.loyalty.adjust(bed.owner.withReason("model"), adjustment))
                        .isInstanceOf(BusinessRuleException.class);
                return;
            }
            bed.loyalty.adjust(bed.owner.withReason("model"), adjustment);
            if (points > 0) {
                add(points);
            } else {
                take(-points);
            }
        }

        void retry() throws SQLException {
            if (lastPayment == null) {
                return;
            }
            Map<String, Long> before = bed.rowCounts();
            assertThat(bed.payments.pay(bed.cashier, lastPayment)).isEqualTo(lastReceipt);
            assertThat(bed.changedSince(before)).isEmpty();
        }

        void check() {
            try {
                assertThat(bed.balance(customer)).as("balance").isEqualTo(balance());
                List<String> expectedLots = lots.stream().map(l -> Long.toString(l.remaining)).toList();
                assertThat(bed.strings("SELECT remaining FROM loyalty_point_lots WHERE customer_id = ?"
                        + " ORDER BY created_at, entry_id", customer)).as("lots, oldest first").isEqualTo(expectedLots);
                bed.assertLedgerSound();
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static Action.Independent<State> action(Arbitrary<Transformer<State>> transformers) {
        return () -> transformers;
    }

    @Provide
    Arbitrary<ActionChain<State>> chains() {
        return ActionChain.<State>startWith(State::new)
                .withAction(3, action(Arbitraries.just(Transformer.mutate("earn", State::earn))))
                .withAction(3, action(Arbitraries.integers().between(1, 40)
                        .map(d -> Transformer.mutate("redeem " + d, s -> s.redeem(d)))))
                .withAction(2, action(Arbitraries.integers().between(0, 99)
                        .map(i -> Transformer.mutate("return " + i, s -> s.returnSale(i)))))
                .withAction(1, action(Arbitraries.integers().between(1, 400)
                        .map(d -> Transformer.mutate("expire after " + d + " days", s -> s.expireAfter(d)))))
                .withAction(2, action(Arbitraries.integers().between(-300, 300).filter(p -> p != 0)
                        .map(p -> Transformer.mutate("adjust " + p, s -> s.adjust(p)))))
                .withAction(1, action(Arbitraries.just(Transformer.mutate("retry", s -> {
                    try {
                        s.retry();
                    } catch (SQLException e) {
                        throw new AssertionError(e);
                    }
                }))))
                .withMaxTransformations(12);
    }

    @Property(tries = 12)
    void the_ledger_matches_the_model_after_every_step(@ForAll("chains") ActionChain<State> chain) {
        chain.withInvariant("ledger matches the model", State::check).run();
    }
}
