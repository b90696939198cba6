package dev.goldshop.persistence.internal.customer;

import dev.goldshop.core.customer.PurchaseSummary;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.mapper.CustomerMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.UUID;

/** The purchase summary from the totals stored on the customer row. */
final class StoredPurchaseTotals implements PurchaseHistory {
    private final Currency currency;

    StoredPurchaseTotals(Currency currency) {
        this.currency = currency;
    }

    @Override
    public PurchaseSummary summaryOf(Tx tx, UUID customerId) {
        PurchaseTotalsRow row = tx.mapper(CustomerMapper.class).selectPurchaseTotals(customerId);
        if (row == null) {
            return new PurchaseSummary(0, Money.zero(currency), null, null);
        }
        Money spend = row.lifetimeSpend == null ? Money.zero(currency) : row.lifetimeSpend;
        Money average = null;
        if (row.purchaseCount > 0) {
            BigDecimal each = spend.amount().divide(BigDecimal.valueOf(row.purchaseCount), spend.scale(),
                    RoundingMode.HALF_UP);
            average = Money.of(each, spend.currency());
        }
        return new PurchaseSummary(row.purchaseCount, spend, row.lastPurchaseAt, average);
    }
}
