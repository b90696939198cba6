package dev.goldshop.core.sales;

import dev.goldshop.core.value.Money;
import java.util.UUID;

/**
 * A line to add to a draft: an inventory item (priced by weight at the current rates, or at its
 * fixed price, as the item says), or a free-text line at a fixed price (a repair, a service).
 * Build it with {@link #item} or {@link #fixed}; {@link Invoices#addLine} checks it:
 *
 * <ul>
 *   <li>{@code quantity}: 1 to 100,000; 1 for a unique piece;</li>
 *   <li>{@code discount}: 0 or more, in the shop's currency, at most the line's value; above
 *       the policy limit it needs {@code discount:override};</li>
 *   <li>a free-text line: {@code description} of 1 to 500 characters, {@code unitPrice} 0 or
 *       more in the shop's currency;</li>
 *   <li>an item line: an item that is for sale (a unique piece in stock and not already on
 *       this draft, or counted stock holding the quantity), and for a weight-priced item a
 *       sell rate for its metal and purity.</li>
 * </ul>
 *
 * @param itemId the inventory item, or {@code null} for a free-text line
 * @param description the text of a free-text line; {@code null} for an item line (the item's
 *     name is printed)
 * @param unitPrice the price of one unit of a free-text line; {@code null} for an item line
 * @param quantity units
 * @param discount the discount on the whole line; {@code null} is taken as none
 */
public record NewLine(UUID itemId, String description, Money unitPrice, int quantity, Money discount) {

    /**
     * A line selling an inventory item.
     *
     * @param itemId the item
     * @param quantity units (1 for a unique piece)
     * @param discount the discount on the line, or {@code null} for none
     * @return the line
     */
    public static NewLine item(UUID itemId, int quantity, Money discount) {
        return new NewLine(itemId, null, null, quantity, discount);
    }

    /**
     * A free-text line at a fixed price, taking no stock.
     *
     * @param description what is sold
     * @param unitPrice the price of one unit
     * @param quantity units
     * @param discount the discount on the line, or {@code null} for none
     * @return the line
     */
    public static NewLine fixed(String description, Money unitPrice, int quantity, Money discount) {
        return new NewLine(null, description, unitPrice, quantity, discount);
    }

    /**
     * Whether this line sells an inventory item.
     *
     * @return true when {@code itemId} is set
     */
    public boolean isItem() {
        return itemId != null;
    }
}
