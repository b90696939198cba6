package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.pricing.DiscountLimit;
import dev.goldshop.core.pricing.Quote;
import dev.goldshop.core.security.Permissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The shop's discount limit (company settings): a line's discount above that percentage of its
 * value before discount needs {@code discount:override}. When the caller holds it, the line
 * records who allowed the discount and an unusual-activity alert is raised (after the call
 * commits); when not, the call is refused as a permission denial, with its audit row.
 */
final class DiscountPolicy {
    private final SalesSupport support;

    DiscountPolicy(SalesSupport support) {
        this.support = support;
    }

    /**
     * Checks a priced line's discount against the limit.
     *
     * @param ctx who gives the discount
     * @param invoiceId the invoice
     * @param line the line
     * @param quote its price
     * @return who allowed a discount above the limit (the calling user), or null when the
     *     discount is within it or the system gives it (the system is not watched for unusual
     *     activity)
     * @throws RefusedInside if it is above the limit and the caller may not override it
     */
    UUID check(CallContext ctx, UUID invoiceId, LineRow line, Quote quote) {
        DiscountLimit limit = support.settings.discountLimit();
        if (!limit.isExceededBy(quote)) {
            return null;
        }
        String what = "give a discount of " + quote.discount() + " on a line worth " + quote.grossAmount()
                + ", above the policy limit of " + limit.percent().stripTrailingZeros().toPlainString() + "%";
        if (!support.calls.holds(ctx, Permissions.DISCOUNT_OVERRIDE)) {
            throw RefusedInside.missing(ctx, Permissions.DISCOUNT_OVERRIDE, invoiceId, what);
        }
        if (ctx.actor().isSystem()) {
            return null;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("invoice_id", invoiceId.toString());
        details.put("line_id", line.id.toString());
        details.put("discount", quote.discount().amount().toPlainString());
        details.put("line_value", quote.grossAmount().amount().toPlainString());
        details.put("limit_percent", limit.percent().toPlainString());
        support.unusual.report(ctx, "discount_over_policy", ctx.actor().name() + " was allowed to " + what,
                details);
        return SalesSupport.userOf(ctx);
    }
}
