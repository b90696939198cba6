package dev.goldshop.persistence.internal.sales;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.StorageException;
import dev.goldshop.core.rates.MetalRate;
import dev.goldshop.core.sales.Invoice;
import dev.goldshop.core.sales.InvoiceLine;
import dev.goldshop.core.sales.RateUsed;
import dev.goldshop.core.sales.VoidRequest;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns rows into what hosts see ({@link Invoice}, {@link InvoiceLine}), the rates used into the
 * {@code invoices.metal_rates} JSON and back, and rows into the maps the audit trail keeps.
 */
final class InvoiceViews {
    private final ObjectMapper json;

    InvoiceViews(ObjectMapper json) {
        this.json = json;
    }

    /**
     * An invoice as hosts see it.
     *
     * @param row the invoice
     * @param lines its lines (already repriced, for a draft)
     * @param rates the rates its lines use
     * @return the invoice
     */
    Invoice invoice(InvoiceRow row, List<LineRow> lines, List<RateUsed> rates) {
        List<InvoiceLine> shown = new ArrayList<>();
        for (LineRow line : lines) {
            shown.add(line(line));
        }
        Optional<VoidRequest> request = row.voidRequestedBy == null ? Optional.empty()
                : Optional.of(new VoidRequest(row.voidRequestedBy, row.voidRequestedAt, row.voidRequestReason));
        return new Invoice(row.id, row.invoiceType, row.invoiceNumber, row.status, row.customerId, row.invoiceDate,
                Currency.getInstance(row.currency), row.subtotal, row.discountTotal, row.taxTotal, row.total,
                row.amountPaid, row.amountCredited, row.balanceDue, row.notes, row.originalInvoiceId, shown, rates,
                row.createdBy, row.issuedBy, row.issuedAt, row.voidedBy, row.voidedAt, row.voidReason, request,
                row.createdAt, row.updatedAt, row.version);
    }

    /**
     * A line as hosts see it (its cost stays inside the SDK).
     *
     * @param row the line
     * @return the line
     */
    static InvoiceLine line(LineRow row) {
        return new InvoiceLine(row.id, row.lineNumber, row.priceMode, row.inventoryItemId, row.originalInvoiceItemId,
                row.description, row.quantity, row.returnedQuantity, row.metalType, row.purity, row.netWeight,
                row.ratePerGram, row.unitPrice, row.metalValue, row.wastageValue, row.makingCharge, row.profitValue,
                row.stoneValue, row.discount, row.subtotal(), row.taxRate, row.taxAmount, row.lineTotal,
                row.discountApprovedBy);
    }

    /**
     * The rates used, as hosts see them, in a stable order.
     *
     * @param rates the rates, by metal and purity
     * @return metal, then purity from the highest
     */
    static List<RateUsed> rates(Collection<MetalRate> rates) {
        List<RateUsed> used = new ArrayList<>();
        for (MetalRate rate : rates) {
            used.add(new RateUsed(rate.metal(), rate.purity(), rate.sellRate(), rate.buyRate(), rate.effectiveFrom(),
                    rate.derived()));
        }
        used.sort(Comparator.comparing(RateUsed::metal).thenComparing(RateUsed::purity, Comparator.reverseOrder()));
        return used;
    }

    /**
     * The rates used as {@code invoices.metal_rates}: {@code {"gold/916": {"sell_rate": ...,
     * "buy_rate": ..., "effective_from": ..., "derived": false}}}, rates exact (not rounded to the
     * line column's four decimals).
     *
     * @param rates the rates
     * @return the JSON text
     */
    String ratesJson(List<RateUsed> rates) {
        ObjectNode root = json.createObjectNode();
        for (RateUsed rate : rates) {
            ObjectNode node = root.putObject(rate.metal().code() + "/" + rate.purity().fineness().toPlainString());
            node.put("metal", rate.metal().code());
            node.put("purity", rate.purity().fineness().toPlainString());
            node.put("sell_rate", rate.sellRate().toPlainString());
            node.put("buy_rate", rate.buyRate().toPlainString());
            node.put("effective_from", rate.effectiveFrom().toString());
            node.put("derived", rate.derived());
        }
        return root.toString();
    }

    /**
     * The rates frozen on an issued invoice.
     *
     * @param text the {@code metal_rates} JSON, or null
     * @return the rates
     * @throws StorageException if the column holds something the SDK did not write
     */
    List<RateUsed> frozenRates(String text) {
        List<RateUsed> rates = new ArrayList<>();
        if (text == null) {
            return rates;
        }
        try {
            JsonNode root = json.readTree(text);
            for (Iterator<JsonNode> it = root.elements(); it.hasNext();) {
                JsonNode node = it.next();
                rates.add(new RateUsed(MetalType.fromCode(node.get("metal").asText()),
                        Purity.ofFineness(node.get("purity").asText()), new BigDecimal(node.get("sell_rate").asText()),
                        new BigDecimal(node.get("buy_rate").asText()), Instant.parse(node.get("effective_from").asText()),
                        node.get("derived").asBoolean()));
            }
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StorageException(ErrorCode.INTERNAL, "invoices.metal_rates holds JSON the SDK cannot read: "
                    + e.getMessage(), e);
        }
        return rates;
    }

    /**
     * An invoice for the audit trail: its header and its lines' essentials.
     *
     * @param row the invoice
     * @param lines its lines
     * @return the map
     */
    static Map<String, Object> audit(InvoiceRow row, List<LineRow> lines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", row.id);
        m.put("invoice_type", row.invoiceType.code());
        m.put("invoice_number", row.invoiceNumber);
        m.put("status", row.status.code());
        m.put("customer_id", row.customerId);
        m.put("invoice_date", row.invoiceDate == null ? null : row.invoiceDate.toString());
        m.put("original_invoice_id", row.originalInvoiceId);
        m.put("subtotal", plain(row.subtotal));
        m.put("discount_total", plain(row.discountTotal));
        m.put("tax_total", plain(row.taxTotal));
        m.put("total", plain(row.total));
        m.put("amount_paid", plain(row.amountPaid));
        m.put("amount_credited", plain(row.amountCredited));
        m.put("balance_due", plain(row.balanceDue));
        m.put("notes", row.notes);
        m.put("void_reason", row.voidReason);
        m.put("void_requested_by", row.voidRequestedBy);
        m.put("void_request_reason", row.voidRequestReason);
        m.put("version", row.version);
        if (lines != null) {
            List<Map<String, Object>> shown = new ArrayList<>();
            for (LineRow line : lines) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("id", line.id);
                l.put("line_number", line.lineNumber);
                l.put("inventory_item_id", line.inventoryItemId);
                l.put("original_invoice_item_id", line.originalInvoiceItemId);
                l.put("description", line.description);
                l.put("quantity", line.quantity);
                l.put("returned_quantity", line.returnedQuantity);
                l.put("rate_per_gram", line.ratePerGram == null ? null : line.ratePerGram.toPlainString());
                l.put("discount", plain(line.discount));
                l.put("discount_approved_by", line.discountApprovedBy);
                l.put("tax_amount", plain(line.taxAmount));
                l.put("line_total", plain(line.lineTotal));
                shown.add(l);
            }
            m.put("lines", shown);
        }
        return m;
    }

    /**
     * An amount as plain text for the audit trail.
     *
     * @param money the amount, or null
     * @return the amount without currency, or null
     */
    static String plain(Money money) {
        return money == null ? null : money.amount().toPlainString();
    }
}
