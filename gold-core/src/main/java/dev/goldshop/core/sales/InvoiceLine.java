package dev.goldshop.core.sales;

import dev.goldshop.core.catalog.PriceMode;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One priced line of an invoice, with every component as printed (each rounded as DOMAIN.md
 * "Pricing" says): this is the line's price breakdown. Amounts are for the whole line
 * (quantity x one piece, less the line's discount, plus its tax).
 *
 * <p>A weight-priced line: {@code metalValue + wastageValue + makingCharge + profitValue +
 * stoneValue - discount = subtotal}; a fixed-price line: {@code unitPrice x quantity - discount
 * = subtotal}; both: {@code subtotal + taxAmount = lineTotal}.
 *
 * @param id the line's id
 * @param lineNumber its position on the invoice, from 1
 * @param priceMode by weight or at a fixed price
 * @param itemId the inventory item sold (or returned), or {@code null} for a free-text line
 *     (a service, a repair)
 * @param originalLineId on a credit note, the sale line it takes back; otherwise {@code null}
 * @param description what is sold, as printed
 * @param quantity units on the line
 * @param returnedQuantity on a sale line, units already taken back by credit notes; 0 otherwise
 * @param metal the metal of a weight-priced line, or {@code null}
 * @param purity its purity, or {@code null}
 * @param netWeight the net weight of one piece, or {@code null}
 * @param ratePerGram the sell rate per gram used, or {@code null}
 * @param unitPrice the price of one unit of a fixed-price line, or {@code null}
 * @param metalValue quantity x net weight x rate
 * @param wastageValue the wastage
 * @param makingCharge the making charge
 * @param profitValue the profit
 * @param stoneValue the stones
 * @param discount the discount on the line
 * @param subtotal the line's value after discount, before tax
 * @param taxRate the tax rate applied, in percent
 * @param taxAmount the tax
 * @param lineTotal subtotal + tax
 * @param discountApprovedBy the user who allowed a discount above the policy limit, or
 *     {@code null} when the discount is within it
 */
public record InvoiceLine(UUID id, int lineNumber, PriceMode priceMode, UUID itemId, UUID originalLineId,
        String description, int quantity, int returnedQuantity, MetalType metal, Purity purity, Weight netWeight,
        BigDecimal ratePerGram, Money unitPrice, Money metalValue, Money wastageValue, Money makingCharge,
        Money profitValue, Money stoneValue, Money discount, Money subtotal, BigDecimal taxRate, Money taxAmount,
        Money lineTotal, UUID discountApprovedBy) {

    /**
     * Units that can still be returned.
     *
     * @return quantity - returnedQuantity
     */
    public int returnableQuantity() {
        return quantity - returnedQuantity;
    }
}
