package dev.goldshop.core.sales;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.NotFoundException;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.security.Permissions;

/**
 * The counter's checkout: a sale rung up and paid in one call and one transaction. It does what
 * {@link Invoices#createDraft}, {@link Invoices#addLine} for each line, {@link Invoices#issue} and
 * {@link Payments#pay} do one after the other, with the same rules, but commits once, so that a
 * busy counter does not wait for six durable commits per sale, and either all of it happens or
 * none (no draft is left behind by a declined card). The audit trail shows its three steps: the
 * draft created with all its lines ({@code create}), {@code issue} and {@code pay}. Invalid lines
 * are named by position ({@code lines[2].quantity}). Obtain it with
 * {@code shop.facade(PointOfSale.class)}.
 */
public interface PointOfSale {
    /**
     * Rings up and pays a sale. Needs {@link Permissions#INVOICE_CREATE},
     * {@link Permissions#INVOICE_ISSUE} and {@link Permissions#PAYMENT_CREATE} (and
     * {@link Permissions#LOYALTY_REDEEM} to pay with points, {@link Permissions#DISCOUNT_OVERRIDE}
     * for discounts beyond the limit). A retried call with the same key returns the first sale,
     * also when the retry arrives while the first call is still running.
     *
     * @param ctx who calls
     * @param request the sale
     * @return the issued invoice and its payment
     * @throws PermissionDeniedException if a permission is missing; nothing is written but the refusal's audit row
     * @throws ValidationException naming every invalid field; nothing is written
     * @throws NotFoundException if the customer or an item does not exist
     * @throws BusinessRuleException if an item cannot be sold (sold already, not enough stock)
     *     or a tender cannot be taken
     * @throws ConflictException if the key was used for another sale or payment
     */
    Sale sell(CallContext ctx, SaleRequest request);
}
