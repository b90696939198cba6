package dev.goldshop.core.sales;

import java.util.UUID;

/**
 * Units of one sale line to take back.
 *
 * @param lineId the sale line ({@link InvoiceLine#id()})
 * @param quantity units, 1 to what is still returnable ({@link InvoiceLine#returnableQuantity()})
 */
public record ReturnLine(UUID lineId, int quantity) {

    /**
     * Every unit still returnable of a line.
     *
     * @param line the sale line
     * @return the return line
     */
    public static ReturnLine all(InvoiceLine line) {
        return new ReturnLine(line.id(), line.returnableQuantity());
    }
}
