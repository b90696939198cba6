package dev.goldshop.core.sales;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import dev.goldshop.core.value.Purity;
import dev.goldshop.core.value.Weight;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * How old metal taken as payment was valued: {@code grossValue = round(weight x buyRate)},
 * {@code meltingLoss = round(grossValue x meltingLossPercent / 100)}, {@code value = grossValue -
 * meltingLoss}, each rounded to the currency with the shop's rounding mode.
 *
 * @param metal the metal
 * @param purity the tested purity
 * @param weight the weight received
 * @param buyRate the buy rate per gram for that metal and purity
 * @param rateEffectiveFrom when that rate took effect
 * @param meltingLossPercent the melting loss deducted
 * @param grossValue weight x buy rate
 * @param meltingLoss the deduction
 * @param value what the customer is credited
 * @param scrapItemId the scrap lot the metal went to
 */
public record OldGoldValuation(MetalType metal, Purity purity, Weight weight, BigDecimal buyRate,
        Instant rateEffectiveFrom, BigDecimal meltingLossPercent, Money grossValue, Money meltingLoss, Money value,
        UUID scrapItemId) {
}
