package dev.goldshop.persistence.internal.mybatis;

import dev.goldshop.core.value.Money;
import java.util.Currency;
import java.util.function.Supplier;

/**
 * Numeric money columns as {@link Money} in the shop's currency. A shop keeps its books in one
 * currency; amounts are stored without it, at the currency's scale. Writing money of another
 * currency is refused rather than silently mixed into the books.
 */
public final class MoneyTypeHandler extends DecimalValueTypeHandler<Money> {
    /**
     * Creates the handler.
     *
     * @param shopCurrency the shop's currency, read at each use
     */
    public MoneyTypeHandler(Supplier<Currency> shopCurrency) {
        super(money -> {
            Currency currency = shopCurrency.get();
            if (!money.currency().equals(currency)) {
                throw new IllegalArgumentException("amount " + money + " is not in the shop's currency " + currency);
            }
            return money.amount();
        }, amount -> Money.of(amount, shopCurrency.get()));
    }
}
