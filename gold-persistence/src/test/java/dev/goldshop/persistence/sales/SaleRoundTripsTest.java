package dev.goldshop.persistence.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.goldshop.core.catalog.Inventory;
import dev.goldshop.core.catalog.Item;
import dev.goldshop.core.catalog.ItemKind;
import dev.goldshop.core.catalog.NewItem;
import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.context.Actor;
import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.rates.MetalRates;
import dev.goldshop.core.rates.NewMetalRate;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.Invoices;
import dev.goldshop.core.sales.NewLine;
import dev.goldshop.core.sales.PaymentRequest;
import dev.goldshop.core.sales.Payments;
import dev.goldshop.core.sales.PointOfSale;
import dev.goldshop.core.sales.SaleRequest;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.security.BootstrapRequest;
import dev.goldshop.core.security.BootstrapResult;
import dev.goldshop.core.security.Users;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import dev.goldshop.engine.GoldShop;
import dev.goldshop.persistence.testing.PostgresExtension;
import dev.goldshop.persistence.testing.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Counts the round trips each call of a sale sends (draft, three lines, issue, pay), and those of
 * the same sale rung up at once through {@link PointOfSale#sell}, so that a change that adds or removes statements on the hot path shows here rather than
 * only in the benchmark (issue 8): every statement execution, commit and rollback is one round
 * trip, as the benchmark counts them. The count is exact on purpose: a change that lowers it
 * updates the expectation, one that raises it has to justify the extra trip. Run with
 * {@code -Droundtrips.print=true} to list the statements of each call.
 */
@ExtendWith(PostgresExtension.class)
class SaleRoundTripsTest {
    private static final Set<String> COUNTED = Set.of("commit", "rollback", "setTransactionIsolation",
            "setSavepoint", "releaseSavepoint");

    /** The statements the test thread sent, in order, while recording is on. */
    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    /** The thread whose statements count (the engine's background work, such as outbox delivery, does not). */
    private volatile Thread recording;
    /** The total of the last sale {@link #sell} made (all sales here sell alike items). */
    private Money lastTotal;

    @Test
    void a_three_line_sale_stays_within_its_round_trip_budget(TestDatabase anyDatabase) {
        TestDatabase db = anyDatabase.createMigratedDatabase();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        config.setUsername(db.user());
        config.setPassword(db.password());
        config.setMaximumPoolSize(4);
        try (HikariDataSource pool = new HikariDataSource(config);
                GoldShop shop = GoldShop.builder().dataSource(counting(pool)).build()) {
            BootstrapResult boot = shop.facade(Users.class).bootstrapOwner(BootstrapRequest.withPassword("owner",
                    "owner@example.com", "Olga Owner", "gold owner passphrase 2024".toCharArray()));
            CallContext owner = CallContext.of(Actor.user(boot.owner().id(), "owner"));
            Purity k22 = Purity.ofKarat(22);
            shop.facade(MetalRates.class).post(owner, NewMetalRate.of(MetalType.GOLD, k22, new BigDecimal("55.0000"),
                    new BigDecimal("60.0000")));
            Inventory inventory = shop.facade(Inventory.class);
            List<UUID> items = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Item item = inventory.create(owner, NewItem.builder("RT-" + i, "22K chain").kind(ItemKind.COUNTED)
                        .metal(MetalType.GOLD, k22).weights(Weight.ofGrams("5.250"), Weight.ZERO)
                        .priceMode(PriceMode.WEIGHT).makingCharge(MakingChargeType.PER_GRAM, new BigDecimal("4.00"))
                        .wastagePercent(new BigDecimal("2"))
                        .costPrice(Money.of(new BigDecimal("280.00"), GoldShop.Builder.DEFAULT_CURRENCY))
                        .quantity(100).build());
                items.add(item.id());
            }
            Invoices invoices = shop.facade(Invoices.class);
            Payments payments = shop.facade(Payments.class);
            sell(invoices, payments, owner, items.subList(0, 3), "warm");
            List<Integer> perCall = sell(invoices, payments, owner, items.subList(3, 6), "measured");
            // draft 3, each line 7, issue 11 (the stock of all lines in one update, their movements in one insert,
            // the events in one insert), pay 9
            assertThat(perCall).as("round trips per call: draft, three lines, issue, pay")
                    .containsExactly(3, 7, 7, 7, 11, 9);

            PointOfSale pointOfSale = shop.facade(PointOfSale.class);
            List<Integer> checkout = new ArrayList<>();
            Money total = lastTotal;
            measure("sell", checkout, () -> pointOfSale.sell(owner, SaleRequest.of(null, "pos-measured",
                    items.subList(0, 3).stream().map(item -> NewLine.item(item, 1, null)).toList(),
                    Tender.cash(total))));
            // the key looked up, the items read at once, the draft inserted, its key claimed, issued (6: stock,
            // movements, the lines inserted in their final form, number, invoice, journal), paid (4: payment,
            // journal, invoice, outcome), the audit rows and events (2), commit
            assertThat(checkout).as("round trips of one PointOfSale.sell of three lines").containsExactly(17);
        } finally {
            db.drop();
        }
    }

    private List<Integer> sell(Invoices invoices, Payments payments, CallContext owner, List<UUID> items, String key) {
        List<Integer> perCall = new ArrayList<>();
        Invoice draft = measure("createDraft", perCall, () -> invoices.createDraft(owner, null, null));
        for (UUID item : items) {
            Invoice before = draft;
            draft = measure("addLine", perCall, () -> invoices.addLine(owner, before.id(), NewLine.item(item, 1, null),
                    before.version()));
        }
        Invoice draftDone = draft;
        Invoice issued = measure("issue", perCall, () -> invoices.issue(owner, draftDone.id(), draftDone.version()));
        lastTotal = issued.total();
        measure("pay", perCall, () -> payments.pay(owner, PaymentRequest.of(issued.id(), key + "-" + issued.id(),
                Tender.cash(issued.total()))));
        return perCall;
    }

    private <T> T measure(String call, List<Integer> perCall, java.util.function.Supplier<T> action) {
        sent.clear();
        recording = Thread.currentThread();
        try {
            return action.get();
        } finally {
            recording = null;
            perCall.add(sent.size());
            if (Boolean.getBoolean("roundtrips.print")) {
                System.out.println("=== " + call + ": " + sent.size());
                sent.forEach(s -> System.out.println("   " + s));
            }
        }
    }

    private DataSource counting(DataSource pool) {
        return proxy(DataSource.class, pool, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection c ? connection(c) : result;
        });
    }

    private Connection connection(Connection real) {
        return proxy(Connection.class, real, (target, method, args) -> {
            if (COUNTED.contains(method.getName())) {
                note(method.getName());
            }
            Object result = invoke(target, method, args);
            if (result instanceof Statement s) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : "?";
                return statement(s, method.getReturnType(), sql);
            }
            return result;
        });
    }

    private Object statement(Statement real, Class<?> type, String sql) {
        return proxy(type, real, (target, method, args) -> {
            if (method.getName().startsWith("execute")) {
                String text = args != null && args.length > 0 && args[0] instanceof String s ? s : sql;
                note(text.replaceAll("\\s+", " "));
            }
            return invoke(target, method, args);
        });
    }

    private void note(String what) {
        if (recording == Thread.currentThread()) {
            sent.add(what.length() > 200 ? what.substring(0, 200) : what);
        }
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Object target, Handler handler) {
        InvocationHandler h = (p, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return invoke(target, method, args);
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(SaleRoundTripsTest.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
