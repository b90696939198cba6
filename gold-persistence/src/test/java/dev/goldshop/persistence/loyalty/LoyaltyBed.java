package dev.goldshop.persistence.loyalty;

import dev.goldshop.persistence.testing.MutableClock;
import dev.goldshop.persistence.testing.TableCounts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.goldshop.core.books.Books;
import dev.goldshop.core.catalog.Inventory;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.customer.CustomerDetails;
import dev.goldshop.core.customer.CustomerProfiles;
import dev.goldshop.core.customer.DuplicatePolicy;
import dev.goldshop.core.loyalty.Loyalty;
import dev.goldshop.core.loyalty.LoyaltyProgram;
import dev.goldshop.core.loyalty.LoyaltyProgramDetails;
import dev.goldshop.core.loyalty.LoyaltyTier;
import dev.goldshop.core.loyalty.TierBasis;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.pricing.TaxPolicy;
import dev.goldshop.core.rates.MetalRates;
import dev.goldshop.core.rates.NewMetalRate;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.Invoices;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.sales.PaymentReceipt;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.Payments;
import dev.goldshop.core.sales.Returns;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.security.BootstrapRequest;
import dev.goldshop.core.security.BootstrapResult;
import dev.goldshop.core.security.NewRole;
import dev.goldshop.core.security.NewUser;
import dev.goldshop.core.security.Permission;
import dev.goldshop.core.security.PermissionTemplates;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.core.security.Roles;
import dev.goldshop.core.security.User;
import dev.goldshop.core.security.Users;
import dev.goldshop.core.settings.CompanySettings;
import dev.goldshop.core.settings.ShopSettings;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.persistence.testing.TestDatabase;
import dev.goldshop.persistence.testing.TestPostgresServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One engine on a fresh database of its own, with a settable clock, and probes that read the
 * loyalty tables and the books behind the SDK's back.
 *
 * <p>Settings: USD, full tax at 3%, a point value of 0.10, UTC. Gold 999 sells at 65.0000 per
 * gram, so one 1 g coin (making 3.00) sells for 70.04: 68.00 plus 2.04 tax. The standard
 * programme earns 1 point per dollar excluding tax, with Silver from 100 points (x1.5, 2% off)
 * and Gold from 500 (x2, 5% off), points valid 365 days, tiers over the last twelve months.
 * Actors: the owner, a cashier from the seeded template, a till user who may take payments
 * but not redeem points, and a user whose role grants nothing.
 */
final class LoyaltyBed implements AutoCloseable {
    static final Currency USD = Currency.getInstance("USD");
    static final Purity FINE = Purity.ofFineness(999);
    static final Instant START = LocalDate.of(2026, 3, 10).atTime(10, 0).toInstant(ZoneOffset.UTC);
    private static final AtomicInteger NAMES = new AtomicInteger();

    final TestDatabase db;
    final MutableClock clock = new MutableClock(START);
    final GoldShop shop;
    final Loyalty loyalty;
    final Invoices invoices;
    final Payments payments;
    final Returns returns;
    final Books books;
    final Inventory inventory;
    final CallContext owner;
    final CallContext cashier;
    final CallContext till;
    final CallContext nobody;

    static LoyaltyBed fresh(TestDatabase anyDatabase) {
        return new LoyaltyBed(anyDatabase.createMigratedDatabase());
    }

    /** For jqwik properties, which the JUnit extension does not serve. */
    static LoyaltyBed fresh() {
        return new LoyaltyBed(TestPostgresServer.get().createMigratedDatabase());
    }

    private LoyaltyBed(TestDatabase fresh) {
        this.db = fresh;
        this.shop = db.engineBuilder().clock(clock).poolSize(16).build();
        this.loyalty = shop.facade(Loyalty.class);
        this.invoices = shop.facade(Invoices.class);
        this.payments = shop.facade(Payments.class);
        this.returns = shop.facade(Returns.class);
        this.books = shop.facade(Books.class);
        this.inventory = shop.facade(Inventory.class);
        BootstrapResult boot = shop.facade(Users.class).bootstrapOwner(BootstrapRequest.withPassword("owner",
                "owner@example.com", "Olga Owner", "gold owner passphrase 2024".toCharArray()));
        this.owner = CallContext.of(Actor.user(boot.owner().id(), "owner"));
        UUID cashierTemplate = shop.facade(PermissionTemplates.class).findByName(owner, "cashier").orElseThrow().id();
        this.cashier = as(user(shop.facade(Roles.class).createFromTemplate(owner, cashierTemplate,
                "cashier-" + NAMES.incrementAndGet()).id()));
        this.till = as(user(role("till", Set.of(Permissions.PAYMENT_CREATE, Permissions.PAYMENT_READ,
                Permissions.INVOICE_CREATE, Permissions.INVOICE_ISSUE, Permissions.INVOICE_READ))));
        this.nobody = as(user(role("nothing", Set.of())));
        CompanySettings settings = shop.facade(CompanySettings.class);
        ShopSettings current = settings.get(owner);
        settings.update(owner, current.toUpdate().taxPolicy(TaxPolicy.FULL).taxRate(new BigDecimal("3"))
                .discountLimitPercent(new BigDecimal("10")).loyaltyPointValue(new BigDecimal("0.1000"))
                .timeZone(ZoneId.of("UTC")).build(), current.version());
        shop.facade(MetalRates.class).post(owner, NewMetalRate.of(MetalType.GOLD, FINE, new BigDecimal("60.0000"),
                new BigDecimal("65.0000")));
        clock.advance(Duration.ofSeconds(1));
    }

    @Override
    public void close() {
        shop.close();
        db.drop();
    }

    static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), USD);
    }

    static CallContext as(User user) {
        return CallContext.of(Actor.user(user.id(), user.username()));
    }

    private UUID role(String name, Set<Permission> permissions) {
        return shop.facade(Roles.class).create(owner, new NewRole(name + "-" + NAMES.incrementAndGet(), name,
                permissions)).id();
    }

    private User user(UUID roleId) {
        String name = "user" + NAMES.incrementAndGet();
        return shop.facade(Users.class).create(owner, new NewUser(name, name + "@example.com", "Test " + name, roleId,
                "a long enough passphrase".toCharArray()));
    }

    /** The standard programme's settings (see the class comment). */
    static LoyaltyProgramDetails standard(boolean active) {
        return new LoyaltyProgramDetails("Gold Circle", "Points on every purchase", new BigDecimal("1.00"),
                List.of(new LoyaltyTier("Silver", 100, new BigDecimal("1.5"), new BigDecimal("2")),
                        new LoyaltyTier("Gold", 500, new BigDecimal("2"), new BigDecimal("5"))),
                365, TierBasis.ROLLING_12_MONTHS, active);
    }

    /** Creates and activates the standard programme. */
    LoyaltyProgram enrol() {
        return loyalty.createProgram(owner, standard(true));
    }

    /** A registered customer. */
    UUID customer(String firstName) {
        return shop.facade(CustomerProfiles.class).create(owner, CustomerDetails.builder(firstName).build(),
                DuplicatePolicy.ALLOW).id();
    }

    /** Counted 1 g coins of fine gold, 70.04 each today. */
    Item coins(int quantity) {
        String sku = "COIN-" + NAMES.incrementAndGet();
        return inventory.create(owner, NewItem.builder(sku, "Coin " + sku).kind(ItemKind.COUNTED)
                .metal(MetalType.GOLD, FINE).weights(Weight.ofGrams("1.000"), Weight.ZERO)
                .priceMode(PriceMode.WEIGHT).makingCharge(MakingChargeType.FIXED, new BigDecimal("3.00"))
                .costPrice(usd("58.00")).quantity(quantity).build());
    }

    /** An issued sale of coins to a customer (null: a walk-in). */
    Invoice sale(UUID customerId, Item coins, int quantity) {
        Invoice draft = invoices.createDraft(owner, customerId, null);
        draft = invoices.addLine(owner, draft.id(), NewLine.item(coins.id(), quantity, null), draft.version());
        return invoices.issue(owner, draft.id(), draft.version());
    }

    /** Pays with the given tenders under a fresh key. */
    PaymentReceipt pay(CallContext ctx, Invoice invoice, Tender... tenders) {
        return payments.pay(ctx, PaymentRequest.of(invoice.id(), "pay-" + UUID.randomUUID(), tenders));
    }

    /** A customer's balance, through the SDK. */
    long balance(UUID customerId) {
        return loyalty.balance(owner, customerId).points();
    }

    // ---------------------------------------------------------------- probes

    /** A number from a query with parameters. */
    BigDecimal number(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    /** The strings of a query's first column. */
    List<String> strings(String sql, Object... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    /** Runs a statement behind the SDK's back. */
    int exec(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            return p.executeUpdate();
        }
    }

    /** Live row counts of every table. */
    Map<String, Long> rowCounts() throws SQLException {
        return TableCounts.of(db);
    }

    /** Tables whose row counts changed since a snapshot, with the change. */
    Map<String, Long> changedSince(Map<String, Long> before) throws SQLException {
        return TableCounts.changesSince(db, before);
    }

    /** The balance of an account as a liability reads (credits - debits). */
    Money creditBalanceOf(String account) throws SQLException {
        return usd(number("SELECT coalesce(sum(credit - debit), 0)::numeric(14,2) FROM accounting_entries"
                + " WHERE account_code = ?", account).toPlainString());
    }

    /**
     * The receivable (account 1100) of a sale with its credit notes and all their payments, as in
     * the sales tests.
     */
    Money receivableOf(UUID saleId) throws SQLException {
        return usd(number("SELECT coalesce(sum(e.debit - e.credit), 0)::numeric(14,2) FROM accounting_entries e"
                + " WHERE e.account_code = '1100' AND ("
                + " (e.reference_type IN ('invoice', 'invoice_void') AND e.reference_id = ?)"
                + " OR (e.reference_type = 'credit_note' AND e.reference_id IN"
                + "     (SELECT id FROM invoices WHERE original_invoice_id = ?))"
                + " OR (e.reference_type = 'payment' AND e.reference_id IN (SELECT p.id FROM payments p"
                + "     WHERE p.invoice_id = ? OR p.invoice_id IN (SELECT id FROM invoices WHERE original_invoice_id = ?))))",
                saleId, saleId, saleId, saleId).toPlainString());
    }

    /**
     * Asserts what must always hold: every balance is the sum of the customer's ledger and of
     * the remaining points of their lots, no balance is negative, every journal balances, and
     * the trial balance balances.
     */
    void assertLedgerSound() throws SQLException {
        assertThat(number("SELECT count(*) FROM customer_loyalty_balances b WHERE b.balance <> (SELECT"
                + " coalesce(sum(points), 0) FROM customer_loyalty_points p WHERE p.customer_id = b.customer_id)")
                .longValue()).as("balances that differ from the sum of their ledger").isZero();
        assertThat(number("SELECT count(*) FROM customer_loyalty_balances b WHERE b.balance <> (SELECT"
                + " coalesce(sum(remaining), 0) FROM loyalty_point_lots l WHERE l.customer_id = b.customer_id)")
                .longValue()).as("balances that differ from their unspent lots").isZero();
        assertThat(number("SELECT count(*) FROM customer_loyalty_points p WHERE NOT EXISTS (SELECT 1 FROM"
                + " customer_loyalty_balances b WHERE b.customer_id = p.customer_id)").longValue())
                .as("ledger entries without a balance").isZero();
        assertThat(number("SELECT count(*) FROM customer_loyalty_balances WHERE balance < 0").longValue()).isZero();
        assertThat(number("SELECT count(*) FROM (SELECT journal_id FROM accounting_entries GROUP BY journal_id"
                + " HAVING sum(debit) <> sum(credit)) j").longValue()).as("unbalanced journals").isZero();
        assertThat(books.trialBalance(owner, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1))
                .balanced()).as("trial balance").isTrue();
    }

}
