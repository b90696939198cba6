package dev.goldshop.core.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Properties of the loyalty arithmetic over random amounts, rates, multipliers and tiers. */
class PointsArithmeticProperties {
    private static final Currency USD = Currency.getInstance("USD");

    @Provide
    Arbitrary<BigDecimal> cents() {
        return Arbitraries.longs().between(1, 10_000_000).map(c -> BigDecimal.valueOf(c, 2));
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.integers().between(0, 99_999).map(r -> BigDecimal.valueOf(r, 2));
    }

    @Provide
    Arbitrary<BigDecimal> multipliers() {
        return Arbitraries.integers().between(1, 1000).map(m -> BigDecimal.valueOf(m, 2));
    }

    @Property
    void points_are_the_exact_product_rounded_down(@ForAll("cents") BigDecimal total, @ForAll("rates") BigDecimal rate,
            @ForAll("multipliers") BigDecimal multiplier, @ForAll @IntRange(max = 100) int paidPercent,
            @ForAll @IntRange(max = 30) int taxPercent) {
        BigDecimal paid = total.multiply(BigDecimal.valueOf(paidPercent)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.DOWN);
        BigDecimal tax = total.multiply(BigDecimal.valueOf(taxPercent)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.DOWN);
        long points = PointsArithmetic.pointsForPayment(paid, total, tax, rate, multiplier);

        BigDecimal exact = paid.multiply(total.subtract(tax)).multiply(rate).multiply(multiplier);
        // points <= exact / total < points + 1
        assertThat(BigDecimal.valueOf(points).multiply(total)).isLessThanOrEqualTo(exact);
        assertThat(BigDecimal.valueOf(points + 1).multiply(total)).isGreaterThan(exact);
        assertThat(points).isGreaterThanOrEqualTo(0);
    }

    @Property
    void paying_in_parts_never_earns_more_than_paying_at_once(@ForAll("cents") BigDecimal total,
            @ForAll("rates") BigDecimal rate, @ForAll("multipliers") BigDecimal multiplier,
            @ForAll @IntRange(min = 1, max = 99) int firstPercent) {
        BigDecimal first = total.multiply(BigDecimal.valueOf(firstPercent)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.DOWN);
        BigDecimal second = total.subtract(first);
        BigDecimal tax = BigDecimal.ZERO;
        long once = PointsArithmetic.pointsForPayment(total, total, tax, rate, multiplier);
        long parts = PointsArithmetic.pointsForPayment(first, total, tax, rate, multiplier)
                + PointsArithmetic.pointsForPayment(second, total, tax, rate, multiplier);
        assertThat(parts).isBetween(once - 1, once);
    }

    @Property
    void more_paid_never_earns_fewer_points(@ForAll("cents") BigDecimal total, @ForAll("rates") BigDecimal rate,
            @ForAll("multipliers") BigDecimal multiplier, @ForAll @IntRange(max = 99) int percent) {
        BigDecimal less = total.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.DOWN);
        assertThat(PointsArithmetic.pointsForPayment(less, total, BigDecimal.ZERO, rate, multiplier))
                .isLessThanOrEqualTo(PointsArithmetic.pointsForPayment(total, total, BigDecimal.ZERO, rate,
                        multiplier));
    }

    @Provide
    Arbitrary<List<LoyaltyTier>> tiers() {
        return Arbitraries.longs().between(0, 100_000).set().ofMaxSize(LoyaltyTier.MAX_TIERS).map(thresholds -> {
            List<LoyaltyTier> tiers = new ArrayList<>();
            int i = 0;
            for (long threshold : thresholds) {
                tiers.add(LoyaltyTier.of("T" + i++, threshold, "1." + i));
            }
            return tiers;
        });
    }

    @Property
    void the_tier_is_the_highest_threshold_reached_and_the_next_is_the_lowest_above(
            @ForAll("tiers") List<LoyaltyTier> tiers, @ForAll @LongRange(max = 120_000) long points) {
        Optional<LoyaltyTier> tier = PointsArithmetic.tierFor(tiers, points);
        Optional<LoyaltyTier> next = PointsArithmetic.nextTier(tiers, points);
        for (LoyaltyTier t : tiers) {
            if (t.threshold() <= points) {
                assertThat(tier).isPresent();
                assertThat(tier.get().threshold()).isGreaterThanOrEqualTo(t.threshold());
            } else {
                assertThat(next).isPresent();
                assertThat(next.get().threshold()).isLessThanOrEqualTo(t.threshold());
            }
        }
        tier.ifPresent(t -> assertThat(t.threshold()).isLessThanOrEqualTo(points));
        next.ifPresent(t -> assertThat(t.threshold()).isGreaterThan(points));
        assertThat(PointsArithmetic.multiplier(tier)).isEqualTo(tier.map(LoyaltyTier::multiplier)
                .orElse(BigDecimal.ONE));
    }

    @Property
    void points_spent_are_always_worth_at_least_what_they_pay(@ForAll("cents") BigDecimal amount,
            @ForAll @IntRange(min = 1, max = 100_000) int valueInTenThousandths) {
        BigDecimal pointValue = BigDecimal.valueOf(valueInTenThousandths, 4);
        long points = PointsArithmetic.pointsToPay(Money.of(amount, USD), pointValue);
        assertThat(BigDecimal.valueOf(points).multiply(pointValue)).isGreaterThanOrEqualTo(amount);
        assertThat(BigDecimal.valueOf(points - 1).multiply(pointValue)).isLessThan(amount);
    }

    @Property
    void returns_of_a_whole_sale_in_any_parts_take_back_exactly_what_it_earned(
            @ForAll @LongRange(max = 1_000_000) long earned, @ForAll @IntRange(min = 1, max = 6) int parts,
            @ForAll("cents") BigDecimal total) {
        Money saleTotal = Money.of(total, USD);
        List<Money> shares = saleTotal.allocate(parts);
        long taken = 0;
        for (int i = 0; i < parts; i++) {
            long now = PointsArithmetic.pointsToTakeBack(earned, taken, shares.get(i), saleTotal, i == parts - 1);
            assertThat(now).isGreaterThanOrEqualTo(0);
            taken += now;
            assertThat(taken).isLessThanOrEqualTo(earned);
        }
        assertThat(taken).isEqualTo(earned);
    }

    @Example
    void a_coin_paid_in_cash_earns_its_net_value() {
        assertThat(PointsArithmetic.pointsForPayment(new BigDecimal("70.04"), new BigDecimal("70.04"),
                new BigDecimal("2.04"), BigDecimal.ONE, new BigDecimal("1.5"))).isEqualTo(102);
        assertThat(PointsArithmetic.valueOf(101, new BigDecimal("0.1000"), USD)).isEqualTo(Money.of("10.10", "USD"));
    }
}
