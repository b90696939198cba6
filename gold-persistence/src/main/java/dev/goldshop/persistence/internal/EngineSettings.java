package dev.goldshop.persistence.internal;

import dev.goldshop.core.id.IdGenerator;
import dev.goldshop.engine.spi.GoldShopModule;
import java.time.Clock;
import java.util.Currency;
import java.util.List;

/**
 * The builder's validated options, handed from the public builder to the engine.
 *
 * @param clock the engine's clock
 * @param ids the id generator
 * @param currency the shop's currency for money columns
 * @param modules the modules, in the order they were added
 * @param maxTransactionAttempts how many times a transaction is tried in all
 */
public record EngineSettings(Clock clock, IdGenerator ids, Currency currency, List<GoldShopModule> modules,
        int maxTransactionAttempts) {
}
