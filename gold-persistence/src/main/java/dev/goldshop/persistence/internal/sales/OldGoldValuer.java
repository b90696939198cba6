package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.error.BusinessRuleException;
import dev.goldshop.core.rates.MetalRate;
import dev.goldshop.core.sales.OldGoldValuation;
import dev.goldshop.core.sales.Tender;
import dev.goldshop.core.settings.ShopSettings;
import dev.goldshop.core.value.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Values old metal offered as payment (DOMAIN.md "Old gold exchange"): at the buy rate in effect
 * now for its metal and tested purity (derived from the fine rate when that purity was not
 * posted), less a melting loss. Each step is rounded to the currency with the shop's rounding
 * mode, as the receipt prints it: {@code gross = round(weight x buy rate)}, {@code loss =
 * round(gross x loss% / 100)}, {@code value = gross - loss}.
 */
final class OldGoldValuer {
    private final SalesSupport support;

    OldGoldValuer(SalesSupport support) {
        this.support = support;
    }

    /**
     * Values an old-gold tender.
     *
     * @param tender the tender (already checked)
     * @param settings the company settings (rounding, default melting loss)
     * @return the valuation, without its scrap lot yet
     * @throws BusinessRuleException if no buy rate is posted for the metal and purity, nor a
     *     fine rate
     */
    OldGoldValuation value(Tender tender, ShopSettings settings) {
        MetalRate rate = support.rates.current(tender.metal(), tender.purity()).orElseThrow(() ->
                new BusinessRuleException("No buy rate is posted for " + tender.metal().code() + " " + tender.purity()
                        + " and no fine rate to derive it from; post today's rates before taking old gold"));
        BigDecimal lossPercent = tender.meltingLossPercent() != null ? tender.meltingLossPercent()
                : settings.oldGoldMeltingLossPercent();
        RoundingMode mode = settings.roundingMode();
        Money gross = Money.of(tender.weight().grams().multiply(rate.buyRate()), support.currency, mode);
        Money loss = gross.percent(lossPercent, mode);
        return new OldGoldValuation(tender.metal(), tender.purity(), tender.weight(), rate.buyRate(),
                rate.effectiveFrom(), lossPercent, gross, loss, gross.minus(loss), null);
    }
}
