package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.sales.ReturnReceipt;
import dev.goldshop.core.sales.ReturnRequest;
import dev.goldshop.core.sales.Returns;
import dev.goldshop.core.security.Permissions;
import dev.goldshop.persistence.internal.call.Calls;

/** {@link Returns}: one call through {@link Calls}, with the work in {@link CreditNotes}. */
final class ReturnsService implements Returns {
    private final Calls calls;
    private final CreditNotes creditNotes;

    ReturnsService(Calls calls, CreditNotes creditNotes) {
        this.calls = calls;
        this.creditNotes = creditNotes;
    }

    @Override
    public ReturnReceipt returnGoods(CallContext ctx, ReturnRequest request) {
        return calls.write(ctx, Permissions.INVOICE_RETURN, tx -> creditNotes.take(tx, ctx, request));
    }
}
