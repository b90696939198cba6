package dev.goldshop.benchmarks.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The floor of a sale: what a careful engineer writes by hand for the same sale, in one
 * transaction with as few round trips as plain JDBC allows (about eleven: stock taken and the
 * rate read in one statement, the invoice number, the invoice, one batch per table, commit),
 * writing the same rows the SDK writes: the invoice (paid), three lines, three stock movements
 * and stock updates, the sale's and the payment's journal lines, the payment request and
 * payment, five outbox events and three audit rows (one per step of the SDK's checkout, through
 * the same chaining trigger). {@link SalePosting} checks after one sale of each side that the row counts of
 * every table changed alike.
 */
public final class SaleFloor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] AUDIT_ACTIONS = {"create", "issue", "pay"};

    private final DataSource data;
    private final UUID ownerId;
    private final String ownerName;

    /**
     * Creates the floor.
     *
     * @param data the floor's pool
     * @param ownerId the selling user
     * @param ownerName the user's name, as audit rows keep it
     */
    public SaleFloor(DataSource data, UUID ownerId, String ownerName) {
        this.data = data;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
    }

    /** One priced line. */
    private record Line(UUID itemId, String sku, String description, BigDecimal net, BigDecimal gross,
            BigDecimal stone, BigDecimal purity, String metal, String priceMode, String makingType,
            BigDecimal making, BigDecimal wastagePercent, BigDecimal profitPercent, BigDecimal stoneValue,
            BigDecimal cost, int quantityAfter, BigDecimal rate, BigDecimal metalValue, BigDecimal wastageValue,
            BigDecimal makingCharge, BigDecimal profitValue, BigDecimal total) {
    }

    /**
     * Sells three items, one of each, paid in cash.
     *
     * @param items the items
     * @return the invoice id
     * @throws SQLException if the database refuses
     */
    public UUID sell(List<UUID> items) throws SQLException {
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            try {
                UUID invoiceId = sell(c, items);
                c.commit();
                return invoiceId;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private UUID sell(Connection c, List<UUID> items) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Timestamp ts = Timestamp.from(now);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Line> lines = takeStock(c, items, ts);
        int year = today.getYear();
        long sequence;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO invoice_counters (series, year, next_number,"
                + " updated_at) VALUES ('sale', ?, 2, ?) ON CONFLICT (series, year) DO UPDATE SET next_number ="
                + " invoice_counters.next_number + 1, updated_at = excluded.updated_at RETURNING next_number - 1")) {
            s.setInt(1, year);
            s.setTimestamp(2, ts);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                sequence = rs.getLong(1);
            }
        }
        String number = String.format("INV-%d-%06d", year, sequence);
        UUID invoiceId = UUID.randomUUID();
        BigDecimal total = lines.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cost = lines.stream().map(Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        Line first = lines.get(0);
        Map<String, Object> rate = new LinkedHashMap<>();
        rate.put("metal", first.metal());
        rate.put("purity", first.purity().stripTrailingZeros().toPlainString());
        rate.put("derived", false);
        rate.put("sell_rate", first.rate().toPlainString());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO invoices (id, invoice_type, invoice_number,"
                + " invoice_series, invoice_year, invoice_sequence, status, invoice_date, currency, metal_rates,"
                + " subtotal, discount_total, tax_total, total, amount_paid, balance_due, amount_credited, created_by,"
                + " issued_by, issued_at, created_at, updated_at, version) VALUES (?, 'sale', ?, 'sale', ?, ?, 'paid',"
                + " ?, 'USD', ?::jsonb, ?, 0, 0, ?, ?, 0, 0, ?, ?, ?, ?, ?, 5)")) {
            s.setObject(1, invoiceId);
            s.setString(2, number);
            s.setInt(3, year);
            s.setLong(4, sequence);
            s.setObject(5, today);
            s.setString(6, json(Map.of(first.metal() + "/" + rate.get("purity"), rate)));
            s.setBigDecimal(7, total);
            s.setBigDecimal(8, total);
            s.setBigDecimal(9, total);
            s.setObject(10, ownerId);
            s.setObject(11, ownerId);
            s.setTimestamp(12, ts);
            s.setTimestamp(13, ts);
            s.setTimestamp(14, ts);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO invoice_items (id, invoice_id, line_number,"
                + " inventory_item_id, description, price_mode, quantity, metal_type, purity, gross_weight,"
                + " stone_weight, net_weight, rate_per_gram, wastage_percent, making_charge_type, making_charge_value,"
                + " profit_percent, metal_value, wastage_value, making_charge, profit_value, stone_value, discount,"
                + " tax_rate, tax_amount, line_total, cost_amount, created_at, returned_quantity) VALUES (?, ?, ?, ?, ?,"
                + " ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, 0)")) {
            int n = 1;
            for (Line l : lines) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, invoiceId);
                s.setInt(3, n++);
                s.setObject(4, l.itemId());
                s.setString(5, l.description());
                s.setString(6, l.priceMode());
                s.setString(7, l.metal());
                s.setBigDecimal(8, l.purity());
                s.setBigDecimal(9, l.gross());
                s.setBigDecimal(10, l.stone());
                s.setBigDecimal(11, l.net());
                s.setBigDecimal(12, l.rate());
                s.setBigDecimal(13, l.wastagePercent());
                s.setString(14, l.makingType());
                s.setBigDecimal(15, l.making());
                s.setBigDecimal(16, l.profitPercent());
                s.setBigDecimal(17, l.metalValue());
                s.setBigDecimal(18, l.wastageValue());
                s.setBigDecimal(19, l.makingCharge());
                s.setBigDecimal(20, l.profitValue());
                s.setBigDecimal(21, l.stoneValue());
                s.setBigDecimal(22, l.total());
                s.setBigDecimal(23, l.cost());
                s.setTimestamp(24, ts);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO stock_movements (id, item_id, kind, quantity_delta,"
                + " quantity_after, reference_type, reference_id, cost, created_at) VALUES (?, ?, 'sale', -1, ?,"
                + " 'invoice', ?, ?, ?)")) {
            for (Line l : lines) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, l.itemId());
                s.setInt(3, l.quantityAfter());
                s.setObject(4, invoiceId);
                s.setBigDecimal(5, l.cost());
                s.setTimestamp(6, ts);
                s.addBatch();
            }
            s.executeBatch();
        }
        String key = "floor-" + invoiceId;
        UUID paymentId = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO payment_requests (idempotency_key, invoice_id,"
                + " request_hash, tendered, applied, change_due, store_credit_added, balance_due_after, status_after,"
                + " created_by, created_at) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 'paid', ?, ?)")) {
            s.setString(1, key);
            s.setObject(2, invoiceId);
            s.setString(3, Integer.toHexString(key.hashCode()));
            s.setBigDecimal(4, total);
            s.setBigDecimal(5, total);
            s.setObject(6, ownerId);
            s.setTimestamp(7, ts);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO payments (id, invoice_id, kind, amount, currency,"
                + " method, status, paid_at, received_by, idempotency_key, created_at, request_key) VALUES (?, ?,"
                + " 'payment', ?, 'USD', 'cash', 'completed', ?, ?, ?, ?, ?)")) {
            s.setObject(1, paymentId);
            s.setObject(2, invoiceId);
            s.setBigDecimal(3, total);
            s.setTimestamp(4, ts);
            s.setObject(5, ownerId);
            s.setString(6, key + "#1");
            s.setTimestamp(7, ts);
            s.setString(8, key);
            s.executeUpdate();
        }
        journal(c, today, ts, invoiceId, paymentId, number, total, cost);
        outbox(c, ts, invoiceId, paymentId, number, total, lines);
        audit(c, ts, invoiceId, number, total, lines);
        return invoiceId;
    }

    /** Takes one of each item and reads the rate in effect, in one statement. */
    private List<Line> takeStock(Connection c, List<UUID> items, Timestamp ts) throws SQLException {
        List<Line> lines = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("WITH taken AS (UPDATE inventory_items SET quantity = quantity - 1,"
                + " updated_at = ?, version = version + 1 WHERE id = ANY(?) AND quantity >= 1 RETURNING *)"
                + " SELECT t.id, t.sku, t.name, t.net_weight, t.gross_weight, t.stone_weight, t.purity, t.metal_type,"
                + " t.price_mode, t.making_charge_type, t.making_charge_value, t.wastage_percent, t.profit_percent,"
                + " t.stone_value, t.cost_price, t.quantity, r.sell_rate FROM taken t CROSS JOIN LATERAL"
                + " (SELECT sell_rate FROM metal_rates m WHERE m.metal_type = t.metal_type AND m.purity = t.purity"
                + " AND m.effective_from <= ? ORDER BY effective_from DESC LIMIT 1) r ORDER BY t.id")) {
            s.setTimestamp(1, ts);
            s.setArray(2, c.createArrayOf("uuid", items.toArray()));
            s.setTimestamp(3, ts);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(price(rs));
                }
            }
        }
        if (lines.size() != items.size()) {
            throw new SQLException("out of stock or no rate: " + items);
        }
        return lines;
    }

    private static Line price(ResultSet rs) throws SQLException {
        BigDecimal net = rs.getBigDecimal("net_weight");
        BigDecimal rate = rs.getBigDecimal("sell_rate");
        BigDecimal metal = money(net.multiply(rate));
        BigDecimal wastage = money(metal.multiply(rs.getBigDecimal("wastage_percent")).movePointLeft(2));
        String makingType = rs.getString("making_charge_type");
        BigDecimal makingValue = rs.getBigDecimal("making_charge_value");
        BigDecimal making = money(switch (makingType) {
            case "per_gram" -> net.multiply(makingValue);
            case "percent" -> metal.multiply(makingValue).movePointLeft(2);
            default -> makingValue;
        });
        BigDecimal profit = money(metal.add(wastage).add(making).multiply(rs.getBigDecimal("profit_percent"))
                .movePointLeft(2));
        BigDecimal stones = money(rs.getBigDecimal("stone_value"));
        BigDecimal total = metal.add(wastage).add(making).add(profit).add(stones);
        return new Line(rs.getObject("id", UUID.class), rs.getString("sku"), rs.getString("name"), net,
                rs.getBigDecimal("gross_weight"), rs.getBigDecimal("stone_weight"), rs.getBigDecimal("purity"),
                rs.getString("metal_type"), rs.getString("price_mode"), makingType, makingValue,
                rs.getBigDecimal("wastage_percent"), rs.getBigDecimal("profit_percent"), stones,
                rs.getBigDecimal("cost_price"), rs.getInt("quantity"), rate, metal, wastage, making, profit, total);
    }

    private void journal(Connection c, LocalDate day, Timestamp ts, UUID invoiceId, UUID paymentId, String number,
            BigDecimal total, BigDecimal cost) throws SQLException {
        UUID sale = UUID.randomUUID();
        UUID payment = UUID.randomUUID();
        Object[][] entries = {
            {sale, "1100", total, BigDecimal.ZERO, "Invoice " + number, "invoice", invoiceId},
            {sale, "4000", BigDecimal.ZERO, total, "Sales, invoice " + number, "invoice", invoiceId},
            {sale, "5000", cost, BigDecimal.ZERO, "Cost of goods, invoice " + number, "invoice", invoiceId},
            {sale, "1200", BigDecimal.ZERO, cost, "Goods sold, invoice " + number, "invoice", invoiceId},
            {payment, "1000", total, BigDecimal.ZERO, "cash received, invoice " + number, "payment", paymentId},
            {payment, "1100", BigDecimal.ZERO, total, "Payment, invoice " + number, "payment", paymentId}};
        try (PreparedStatement s = c.prepareStatement("INSERT INTO accounting_entries (id, journal_id, entry_date,"
                + " account_code, debit, credit, description, reference_type, reference_id, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] e : entries) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, e[0]);
                s.setObject(3, day);
                s.setString(4, (String) e[1]);
                s.setBigDecimal(5, (BigDecimal) e[2]);
                s.setBigDecimal(6, (BigDecimal) e[3]);
                s.setString(7, (String) e[4]);
                s.setString(8, (String) e[5]);
                s.setObject(9, e[6]);
                s.setObject(10, ownerId);
                s.setTimestamp(11, ts);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void outbox(Connection c, Timestamp ts, UUID invoiceId, UUID paymentId, String number,
            BigDecimal total, List<Line> lines) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox_events (id, aggregate_type, aggregate_id,"
                + " event_type, payload, created_at) VALUES (?, ?, ?, ?, ?::jsonb, ?)")) {
            for (Line l : lines) {
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("sku", l.sku());
                payload.put("item_id", l.itemId().toString());
                payload.put("item_kind", "counted");
                payload.put("below_minimum", false);
                payload.put("movement_kind", "sale");
                payload.put("quantity_after", l.quantityAfter());
                payload.put("quantity_delta", -1);
                payload.put("min_stock_level", 0);
                add(s, ts, "inventory_item", l.itemId(), "inventory.stock_changed", payload);
            }
            add(s, ts, "invoice", invoiceId, "invoice.issued", Map.of("total", total.toPlainString(), "customer_id", "",
                    "invoice_number", number));
            add(s, ts, "invoice", invoiceId, "payment.received", Map.of("applied", total.toPlainString(), "payments",
                    List.of(Map.of("kind", "payment", "amount", total.toPlainString(), "method", "cash", "payment_id",
                            paymentId.toString())), "customer_id", "", "invoice_number", number));
            s.executeBatch();
        }
    }

    private static void add(PreparedStatement s, Timestamp ts, String type, UUID id, String event, Object payload)
            throws SQLException {
        s.setObject(1, UUID.randomUUID());
        s.setString(2, type);
        s.setObject(3, id);
        s.setString(4, event);
        s.setString(5, json(payload));
        s.setTimestamp(6, ts);
        s.addBatch();
    }

    /**
     * Three audit rows, one per step of the SDK's checkout (the draft created with its lines, issued,
     * paid), each with the invoice's state after it (as the SDK's rows hold).
     */
    private void audit(Connection c, Timestamp ts, UUID invoiceId, String number, BigDecimal total, List<Line> lines)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_logs (id, user_id, action_type, resource_type,"
                + " resource_id, old_data, new_data, additional_context, created_at, outcome, actor_name) VALUES (?, ?,"
                + " ?, 'invoice', ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, 'success', ?)")) {
            String before = null;
            for (int i = 0; i < AUDIT_ACTIONS.length; i++) {
                Map<String, Object> state = new LinkedHashMap<>();
                state.put("id", invoiceId.toString());
                state.put("status", i == 0 ? "draft" : i == 1 ? "issued" : "paid");
                state.put("invoice_number", i == 0 ? null : number);
                state.put("total", total.toPlainString());
                List<Map<String, Object>> shown = new ArrayList<>();
                for (int n = 0; n < lines.size(); n++) {
                    Line l = lines.get(n);
                    shown.add(Map.of("line_number", n + 1, "inventory_item_id", l.itemId().toString(), "description",
                            l.description(), "quantity", 1, "line_total", l.total().toPlainString(), "rate_per_gram",
                            l.rate().toPlainString()));
                }
                state.put("lines", shown);
                String after = json(state);
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, ownerId);
                s.setString(3, AUDIT_ACTIONS[i]);
                s.setObject(4, invoiceId);
                s.setString(5, before);
                s.setString(6, after);
                s.setString(7, i == 2 ? json(Map.of("applied", total.toPlainString(), "tendered",
                        total.toPlainString(), "change_due", "0.00")) : null);
                s.setTimestamp(8, ts);
                s.setString(9, ownerName);
                s.addBatch();
                before = after;
            }
            s.executeBatch();
        }
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
