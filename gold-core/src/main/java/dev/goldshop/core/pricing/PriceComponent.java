package dev.goldshop.core.pricing;

import dev.goldshop.core.value.Money;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One part of a quoted price, explained as the shop writes it on the invoice.
 *
 * @param kind which part this is
 * @param basis how the amount was reached, in words and numbers, for example
 *     {@code "10.000 g x 6000.0000 per g"} or {@code "10% of metal 60000.00"}
 * @param rate the rate or percentage applied (the sell rate per gram for metal, a percentage
 *     for wastage, making, profit and tax, the rate per gram for a per-gram making charge);
 *     empty for amounts taken as given (stones, a fixed making charge, a fixed price, a discount)
 * @param amount the amount, rounded to the currency's scale; negative for a discount
 */
public record PriceComponent(ComponentKind kind, String basis, Optional<BigDecimal> rate, Money amount) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public PriceComponent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * The component's name as printed on an invoice breakdown.
     *
     * @return the kind in lower case, such as {@code "metal"} or {@code "making"}
     */
    public String name() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
