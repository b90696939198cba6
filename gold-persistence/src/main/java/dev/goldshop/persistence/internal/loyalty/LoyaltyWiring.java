package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.loyalty.Loyalty;
import dev.goldshop.persistence.internal.Engine;
import dev.goldshop.persistence.internal.books.Ledger;
import dev.goldshop.persistence.internal.mapper.LoyaltyMapper;
import dev.goldshop.persistence.internal.security.UnusualActivity;
import dev.goldshop.persistence.internal.settings.SettingsCache;

/**
 * Wires loyalty into an engine: its mapper, the {@link Loyalty} facade, and the internal
 * {@link LoyaltyLedger} service that sales uses to earn, redeem and take back points in its own
 * transactions. Uses settings, the books and security, and is used by sales, so it is wired
 * after the first and before {@code SalesWiring}.
 */
public final class LoyaltyWiring {
    private LoyaltyWiring() {
    }

    /**
     * Registers the loyalty area.
     *
     * @param engine the engine being configured
     */
    public static void register(Engine engine) {
        engine.addMapper(LoyaltyMapper.class);
        LoyaltySupport support = new LoyaltySupport(engine.calls(), engine.ids(), engine.service(SettingsCache.class),
                engine.service(Ledger.class), engine.service(UnusualActivity.class), engine.currency());
        PointsBook book = new PointsBook(support);
        Programs programs = new Programs(support, new TierJson(engine.json()));
        LoyaltyPostings postings = new LoyaltyPostings(support);
        engine.registerService(LoyaltyLedger.class, new LoyaltyLedger(support, book, programs, postings));
        engine.registerFacade(Loyalty.class, new LoyaltyService(support, programs,
                new Adjustments(support, book, programs, postings), new Expiry(support, book, postings)));
    }
}
