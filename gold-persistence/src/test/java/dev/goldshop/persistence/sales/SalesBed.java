package dev.goldshop.persistence.sales;

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
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.pricing.TaxPolicy;
import dev.goldshop.core.rates.MetalRates;
import dev.goldshop.core.rates.NewMetalRate;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.Invoices;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.sales.Payments;
import dev.goldshop.core.sales.Returns;
import dev.goldshop.core.sales.SalesReports;
import dev.goldshop.core.security.BootstrapRequest;
import dev.goldshop.core.security.BootstrapResult;
import dev.goldshop.core.security.NewRole;
import dev.goldshop.core.security.NewUser;
import dev.goldshop.core.security.PermissionTemplates;
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
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One engine on a fresh database of its own (sales accumulate), with a settable clock, the shop
 * set up as the worked examples assume, and probes that read the database behind the SDK's
 * back.
 *
 * <p>Settings: USD, full tax at 3% (as India's GST), rounding half up, discount limit 10%,
 * melting loss 2%, UTC. Rates: gold 999 buys at 60.0000 and sells at 65.0000 per gram; gold 916
 * buys at 55.0000 and sells at 60.0000. Actors: the owner (every permission), a cashier and two
 * managers made from the seeded templates, and a user whose role grants nothing.
 */
final class SalesBed implements AutoCloseable {
    static final Currency USD = Currency.getInstance("USD");
    static final Purity FINE = Purity.ofFineness(999);
    static final Purity K22 = Purity.ofFineness(916);
    static final Instant START = LocalDate.of(2026, 3, 10).atTime(10, 0).toInstant(ZoneOffset.UTC);
    private static final AtomicInteger NAMES = new AtomicInteger();

    final TestDatabase db;
    final MutableClock clock = new MutableClock(START);
    final GoldShop shop;
    final Invoices invoices;
    final Payments payments;
    final Returns returns;
    final SalesReports reports;
    final Books books;
    final Inventory inventory;
    final CallContext owner;
    final CallContext cashier;
    final CallContext manager;
    final CallContext otherManager;
    final CallContext nobody;
    final UUID cashierId;

    /**
     * A bed on a new database of the test server.
     *
     * @param anyDatabase a database of the server the new one is made on (the one the
     *     extension gives the test class)
     * @return the bed
     */
    static SalesBed fresh(TestDatabase anyDatabase) {
        return new SalesBed(anyDatabase.createMigratedDatabase());
    }

    /**
     * A bed on a new database of the test server, for jqwik properties (which the JUnit
     * extension does not serve).
     *
     * @return the bed
     */
    static SalesBed fresh() {
        return new SalesBed(TestPostgresServer.get().createMigratedDatabase());
    }

    private SalesBed(TestDatabase fresh) {
        this.db = fresh;
        this.shop = db.engineBuilder().clock(clock).poolSize(16).build();
        this.invoices = shop.facade(Invoices.class);
        this.payments = shop.facade(Payments.class);
        this.returns = shop.facade(Returns.class);
        this.reports = shop.facade(SalesReports.class);
        this.books = shop.facade(Books.class);
        this.inventory = shop.facade(Inventory.class);
        BootstrapResult boot = shop.facade(Users.class).bootstrapOwner(BootstrapRequest.withPassword("owner",
                "owner@example.com", "Olga Owner", "gold owner passphrase 2024".toCharArray()));
        this.owner = CallContext.of(Actor.user(boot.owner().id(), "owner"));
        User cashierUser = userFromTemplate("cashier");
        this.cashierId = cashierUser.id();
        this.cashier = as(cashierUser);
        this.manager = as(userFromTemplate("manager"));
        this.otherManager = as(userFromTemplate("manager"));
        this.nobody = as(user(shop.facade(Roles.class).create(owner, new NewRole("nothing", "grants nothing",
                Set.of())).id()));
        CompanySettings settings = shop.facade(CompanySettings.class);
        ShopSettings current = settings.get(owner);
        settings.update(owner, current.toUpdate().taxPolicy(TaxPolicy.FULL).taxRate(new BigDecimal("3"))
                .discountLimitPercent(new BigDecimal("10")).oldGoldMeltingLossPercent(new BigDecimal("2"))
                .timeZone(ZoneId.of("UTC")).build(), current.version());
        MetalRates rates = shop.facade(MetalRates.class);
        rates.post(owner, NewMetalRate.of(MetalType.GOLD, FINE, new BigDecimal("60.0000"), new BigDecimal("65.0000")));
        rates.post(owner, NewMetalRate.of(MetalType.GOLD, K22, new BigDecimal("55.0000"), new BigDecimal("60.0000")));
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

    private User userFromTemplate(String template) {
        UUID templateId = shop.facade(PermissionTemplates.class).findByName(owner, template).orElseThrow().id();
        UUID roleId = shop.facade(Roles.class).createFromTemplate(owner, templateId, template + "-" + NAMES.incrementAndGet())
                .id();
        return user(roleId);
    }

    private User user(UUID roleId) {
        String name = "user" + NAMES.incrementAndGet();
        return shop.facade(Users.class).create(owner, new NewUser(name, name + "@example.com", "Test " + name, roleId,
                "a long enough passphrase".toCharArray()));
    }

    /** A registered customer. */
    UUID customer(String firstName) {
        return shop.facade(CustomerProfiles.class).create(owner, CustomerDetails.builder(firstName).build(),
                DuplicatePolicy.ALLOW).id();
    }

    /**
     * A 22K ring: gross 10.500 g, stones 0.500 g, net 10.000 g; making 5.00 per gram, wastage 2%,
     * stones 20.00, cost 450.00. Today it sells for 702.46 (see the worked example).
     */
    Item ring(String sku) {
        return inventory.create(owner, NewItem.builder(sku, "Ring " + sku).kind(ItemKind.UNIQUE_PIECE)
                .metal(MetalType.GOLD, K22).weights(Weight.ofGrams("10.500"), Weight.ofGrams("0.500"))
                .priceMode(PriceMode.WEIGHT).makingCharge(MakingChargeType.PER_GRAM, new BigDecimal("5.00"))
                .wastagePercent(new BigDecimal("2")).stoneValue(usd("20.00")).costPrice(usd("450.00")).build());
    }

    /**
     * Counted 1 g coins of fine gold: making 3.00 per piece, cost 58.00 each. One sells for 70.04
     * today (65.00 + 3.00, tax 2.04).
     */
    Item coins(String sku, int quantity) {
        return inventory.create(owner, NewItem.builder(sku, "Coin " + sku).kind(ItemKind.COUNTED)
                .metal(MetalType.GOLD, FINE).weights(Weight.ofGrams("1.000"), Weight.ZERO)
                .priceMode(PriceMode.WEIGHT).makingCharge(MakingChargeType.FIXED, new BigDecimal("3.00"))
                .costPrice(usd("58.00")).quantity(quantity).build());
    }

    /** A draft with lines, issued. */
    Invoice sale(CallContext ctx, UUID customerId, NewLine... lines) {
        Invoice draft = invoices.createDraft(ctx, customerId, null);
        for (NewLine line : lines) {
            draft = invoices.addLine(ctx, draft.id(), line, draft.version());
        }
        return invoices.issue(ctx, draft.id(), draft.version());
    }

    /** The shop's calendar date now. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------- probes

    /** Live row counts of every table. */
    Map<String, Long> rowCounts() throws SQLException {
        return TableCounts.of(db);
    }

    /** Tables whose row counts changed since a snapshot, with the change. */
    Map<String, Long> changedSince(Map<String, Long> before) throws SQLException {
        return TableCounts.changesSince(db, before);
    }

    /** Ids of every audit row now. */
    Set<UUID> auditIds() throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM audit_logs")) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /** The action, resource type, resource id and outcome of the audit rows added since a snapshot. */
    List<List<String>> auditSince(Set<UUID> before) throws SQLException {
        List<List<String>> rows = new java.util.ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, action_type, resource_type, resource_id::text, outcome "
                        + "FROM audit_logs ORDER BY created_at, id")) {
            while (rs.next()) {
                if (!before.contains(rs.getObject(1, UUID.class))) {
                    rows.add(java.util.Arrays.asList(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return rows;
    }

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
        List<String> values = new java.util.ArrayList<>();
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

    /**
     * The receivable (account 1100) of a sale: the entries of the journals of the sale (issue and
     * void), its payments and refunds, its credit notes, and their refunds.
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

    /** The balance of an account (debits - credits). */
    Money balanceOf(String account) throws SQLException {
        return usd(number("SELECT coalesce(sum(debit - credit), 0)::numeric(14,2) FROM accounting_entries"
                + " WHERE account_code = ?", account).toPlainString());
    }

    /** Journals whose debits and credits differ: must always be none. */
    long unbalancedJournals() throws SQLException {
        return number("SELECT count(*) FROM (SELECT journal_id FROM accounting_entries GROUP BY journal_id"
                + " HAVING sum(debit) <> sum(credit)) j").longValue();
    }

    /** An item's quantity on hand. */
    int quantityOf(UUID itemId) throws SQLException {
        return number("SELECT quantity FROM inventory_items WHERE id = ?", itemId).intValue();
    }

    /** Asserts the invariants every test ends with: journals balance, the trial balance balances. */
    void assertBooksBalance() throws SQLException {
        assertThat(unbalancedJournals()).as("unbalanced journals").isZero();
        assertThat(books.trialBalance(owner, today().plusDays(1)).balanced()).as("trial balance").isTrue();
    }
}
