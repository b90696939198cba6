package dev.goldshop.examples;

import dev.goldshop.core.catalog.Inventory;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerProfiles;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.loyalty.Loyalty;
import dev.goldshop.core.loyalty.LoyaltyLiability;
import dev.goldshop.core.loyalty.LoyaltyProgram;
import dev.goldshop.core.loyalty.LoyaltyProgramDetails;
import dev.goldshop.core.loyalty.LoyaltyTier;
import dev.goldshop.core.loyalty.PointsBalance;
import dev.goldshop.core.loyalty.PointsEntry;
import dev.goldshop.core.loyalty.TierBasis;
import dev.goldshop.core.loyalty.TierStatus;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.Invoices;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.Payments;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.settings.CompanySettings;
import dev.goldshop.core.settings.ShopSettings;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.engine.GoldShop;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Loyalty over the day's trade: the shop enrols its programme (one point per dollar excluding
 * tax, Silver and Gold tiers, points valid a year), a customer earns points on a card payment,
 * reaches Silver, pays part of the next sale with points and earns at the Silver rate on the
 * rest; then her statement and the shop's liability are printed.
 */
public final class LoyaltyDay {
    private LoyaltyDay() {
    }

    /**
     * Tells the loyalty part of the day (after {@link SalesDay}, whose rates it uses).
     *
     * @param shop the engine
     * @param owner who acts (the owner holds every permission)
     * @param out where the story is told
     */
    public static void tell(GoldShop shop, CallContext owner, PrintStream out) {
        CompanySettings settings = shop.facade(CompanySettings.class);
        ShopSettings current = settings.get(owner);
        settings.update(owner, current.toUpdate().loyaltyPointValue(new BigDecimal("0.10")).build(),
                current.version());
        Loyalty loyalty = shop.facade(Loyalty.class);
        LoyaltyProgram program = loyalty.createProgram(owner, new LoyaltyProgramDetails("Gold Circle",
                "One point per dollar, more for regulars", new BigDecimal("1"), List.of(
                        new LoyaltyTier("Silver", 100, new BigDecimal("1.5"), new BigDecimal("2")),
                        new LoyaltyTier("Gold", 500, new BigDecimal("2"), new BigDecimal("5"))),
                365, TierBasis.ROLLING_12_MONTHS, true));
        out.println("Enrolled programme " + program.name() + ": " + program.pointsPerCurrencyUnit().toPlainString()
                + " point per dollar excluding tax, tiers " + program.tiers().stream().map(t -> t.name() + " from "
                        + t.threshold() + " (x" + t.multiplier().toPlainString() + ")").toList()
                + ", points valid " + program.pointsValidityDays() + " days; a point pays 0.10");

        String run = Long.toString(shop.clock().millis() % 1_000_000);
        UUID amara = shop.facade(CustomerProfiles.class).create(owner, CustomerDetails.builder("Amara")
                .lastName("Loyal").build(), DuplicatePolicy.ALLOW).id();
        Item coins = shop.facade(Inventory.class).create(owner, NewItem.builder("LCOIN-" + run, "1 g fine gold coin")
                .kind(ItemKind.COUNTED).metal(MetalType.GOLD, Purity.ofFineness(999))
                .weights(Weight.ofGrams("1.000"), Weight.ZERO).priceMode(PriceMode.WEIGHT)
                .makingCharge(MakingChargeType.FIXED, new BigDecimal("3.00"))
                .costPrice(usd("58.00")).quantity(5).build());

        Invoice first = sale(shop, owner, amara, coins, 2);
        shop.facade(Payments.class).pay(owner, PaymentRequest.of(first.id(), "loyalty-" + run + "-1",
                Tender.card(first.total(), "slip L" + run)));
        PointsBalance afterFirst = loyalty.balance(owner, amara);
        out.println("Amara paid " + first.number() + " (" + first.total() + ") by card and earned "
                + afterFirst.points() + " points");
        TierStatus tier = loyalty.tier(owner, amara).orElseThrow();
        out.println("Tier: " + tier.current().map(LoyaltyTier::name).orElse("none") + " (" + tier.qualifyingPoints()
                + " qualifying points; " + tier.pointsToNext() + " more to "
                + tier.next().map(LoyaltyTier::name).orElse("the top") + ")");

        Invoice second = sale(shop, owner, amara, coins, 1);
        Money withPoints = usd("5.00");
        shop.facade(Payments.class).pay(owner, PaymentRequest.of(second.id(), "loyalty-" + run + "-2",
                Tender.loyaltyPoints(withPoints), Tender.cash(second.total().minus(withPoints))));
        PointsBalance afterSecond = loyalty.balance(owner, amara);
        out.println("Amara paid " + withPoints + " of " + second.number() + " with 50 points and the rest in cash,"
                + " earning at the Silver rate: balance " + afterSecond.points() + " points, worth "
                + afterSecond.value());

        out.println("Loyalty statement of Amara Loyal (newest first):");
        for (PointsEntry entry : loyalty.statement(owner, amara, PageRequest.first(10)).items()) {
            out.println(String.format("  %-8s %5d  balance %5d  %s%s", entry.type().code(), entry.points(),
                    entry.balanceAfter(), entry.description(),
                    entry.expiryDate() == null ? "" : ", expires " + entry.expiryDate()));
        }
        LoyaltyLiability liability = loyalty.liability(owner);
        out.println("Loyalty liability: " + liability.points() + " points outstanding, worth " + liability.value()
                + "; booked " + liability.booked());
    }

    private static Invoice sale(GoldShop shop, CallContext owner, UUID customer, Item coins, int quantity) {
        Invoices invoices = shop.facade(Invoices.class);
        Invoice draft = invoices.createDraft(owner, customer, null);
        draft = invoices.addLine(owner, draft.id(), NewLine.item(coins.id(), quantity, null), draft.version());
        return invoices.issue(owner, draft.id(), draft.version());
    }

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), GoldShop.Builder.DEFAULT_CURRENCY);
    }
}
