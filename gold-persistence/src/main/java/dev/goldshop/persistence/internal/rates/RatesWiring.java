package dev.goldshop.persistence.internal.rates;

import dev.goldshop.core.rates.MetalRates;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.mapper.MetalRateMapper;
import dev.goldshop.persistence.internal.notify.ChangeListener;

/**
 * Wires metal rates into an engine: the mapper, the {@link MetalRates} facade, and the
 * {@link RateBook} other areas read rates through ({@code engine.service(RateBook.class)}).
 */
public final class RatesWiring {
    private RatesWiring() {
    }

    /**
     * Registers the rates area.
     *
     * @param engine the engine being configured
     */
    public static void register(Engine engine) {
        engine.addMapper(MetalRateMapper.class);
        RateBook book = new RateBook(engine.calls().transactions(), engine.clock());
        engine.onChange(payload -> {
            if (RateBook.CHANGE.equals(payload) || ChangeListener.EVERYTHING.equals(payload)) {
                book.invalidate();
            }
        });
        engine.registerService(RateBook.class, book);
        engine.registerFacade(MetalRates.class, new MetalRatesService(engine.calls(), engine.ids(), book));
    }
}
