package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.pricing.MakingChargeType;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A row of {@code invoice_items}. The pricing parameters (wastage, making charge, profit, stones
 * per piece through {@code stoneValue / quantity}) are kept on the line, so that a draft line is
 * repriced at a new rate without reading its item again, and an issued line shows what it was
 * priced with.
 */
public final class LineRow {
    public UUID id;
    public UUID invoiceId;
    public int lineNumber;
    public UUID inventoryItemId;
    public UUID originalInvoiceItemId;
    public String description;
    public PriceMode priceMode;
    public int quantity;
    public MetalType metalType;
    public Purity purity;
    public Weight grossWeight;
    public Weight stoneWeight;
    public Weight netWeight;
    public BigDecimal ratePerGram;
    public BigDecimal wastagePercent;
    public MakingChargeType makingChargeType;
    public BigDecimal makingChargeValue;
    public BigDecimal profitPercent;
    public Money unitPrice;
    public Money metalValue;
    public Money wastageValue;
    public Money makingCharge;
    public Money profitValue;
    public Money stoneValue;
    public Money discount;
    public BigDecimal taxRate;
    public Money taxAmount;
    public Money lineTotal;
    public Money costAmount;
    public int returnedQuantity;
    public UUID soldPieceId;
    public UUID discountApprovedBy;
    public Instant createdAt;

    /**
     * The line's value after discount and before tax.
     *
     * @return line total - tax
     */
    Money subtotal() {
        return lineTotal.minus(taxAmount);
    }

    /**
     * Whether another version of this line holds exactly the prices this one holds (scale
     * included, so that a skipped write never leaves a value stored differently): a reprice that
     * changes nothing need not be written back.
     *
     * @param other the other version
     * @return true if every stored price column is equal
     */
    boolean samePrices(LineRow other) {
        return Objects.equals(ratePerGram, other.ratePerGram) && Objects.equals(unitPrice, other.unitPrice)
                && Objects.equals(metalValue, other.metalValue) && Objects.equals(wastageValue, other.wastageValue)
                && Objects.equals(makingCharge, other.makingCharge) && Objects.equals(profitValue, other.profitValue)
                && Objects.equals(stoneValue, other.stoneValue) && Objects.equals(discount, other.discount)
                && Objects.equals(taxRate, other.taxRate) && Objects.equals(taxAmount, other.taxAmount)
                && Objects.equals(lineTotal, other.lineTotal)
                && Objects.equals(discountApprovedBy, other.discountApprovedBy);
    }

    /**
     * A copy, for repricing without touching the row read.
     *
     * @return the copy
     */
    LineRow copy() {
        LineRow c = new LineRow();
        c.id = id;
        c.invoiceId = invoiceId;
        c.lineNumber = lineNumber;
        c.inventoryItemId = inventoryItemId;
        c.originalInvoiceItemId = originalInvoiceItemId;
        c.description = description;
        c.priceMode = priceMode;
        c.quantity = quantity;
        c.metalType = metalType;
        c.purity = purity;
        c.grossWeight = grossWeight;
        c.stoneWeight = stoneWeight;
        c.netWeight = netWeight;
        c.ratePerGram = ratePerGram;
        c.wastagePercent = wastagePercent;
        c.makingChargeType = makingChargeType;
        c.makingChargeValue = makingChargeValue;
        c.profitPercent = profitPercent;
        c.unitPrice = unitPrice;
        c.metalValue = metalValue;
        c.wastageValue = wastageValue;
        c.makingCharge = makingCharge;
        c.profitValue = profitValue;
        c.stoneValue = stoneValue;
        c.discount = discount;
        c.taxRate = taxRate;
        c.taxAmount = taxAmount;
        c.lineTotal = lineTotal;
        c.costAmount = costAmount;
        c.returnedQuantity = returnedQuantity;
        c.soldPieceId = soldPieceId;
        c.discountApprovedBy = discountApprovedBy;
        c.createdAt = createdAt;
        return c;
    }
}
