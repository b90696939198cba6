package dev.goldshop.engine.spi;

import dev.goldshop.core.id.IdGenerator;
import java.time.Clock;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * What the engine offers a {@link GoldShopModule} while it is being configured: the engine's
 * clock, ids and database, a place to register MyBatis mappers and facades, and the one
 * transaction runner that every call goes through.
 */
public interface ModuleContext {
    /**
     * The engine's clock; all timestamps come from it.
     *
     * @return the clock
     */
    Clock clock();

    /**
     * The engine's id generator (time-ordered UUIDv7).
     *
     * @return the generator
     */
    IdGenerator ids();

    /**
     * The engine's database. Prefer {@link #inTransaction}; use this only for work that must
     * not run in a transaction (for example {@code LISTEN}).
     *
     * @return the data source
     */
    DataSource dataSource();

    /**
     * Registers a MyBatis mapper interface. Its SQL is read from the XML file of the same name
     * beside it on the classpath, whose namespace must be the interface's name.
     *
     * @param mapperType the mapper interface
     */
    void addMapper(Class<?> mapperType);

    /**
     * Makes a facade available through {@code GoldShop.facade(type)}.
     *
     * @param type the public facade interface
     * @param implementation its implementation
     * @param <T> the facade type
     * @throws IllegalStateException if a facade of that type is already registered
     */
    <T> void registerFacade(Class<T> type, T implementation);

    /**
     * A facade registered by the engine or by a module configured earlier.
     *
     * @param type the facade interface
     * @param <T> the facade type
     * @return the facade
     * @throws IllegalArgumentException if none is registered
     */
    <T> T facade(Class<T> type);

    /**
     * Runs work in a transaction: joins the current one on this thread, or opens, commits and
     * (on serialization failures and deadlocks) retries a new one. Database errors come out
     * translated into {@link dev.goldshop.core.error.GoldShopException}s.
     *
     * @param work the work
     * @param <T> the result type
     * @return the work's result
     */
    <T> T inTransaction(Function<Tx, T> work);

    /**
     * The engine's call path: permission check, one transaction, one audit row. Module
     * facades go through it exactly as the engine's own facades do.
     *
     * @return the call path
     */
    ModuleCalls calls();

    /**
     * A service the engine offers modules through an interface of this package, for example
     * {@link CustomerDocumentRecords}.
     *
     * @param type the service interface
     * @param <T> the service type
     * @return the service
     * @throws IllegalArgumentException if the engine offers none of that type
     */
    <T> T service(Class<T> type);

    /**
     * Subscribes to domain events, delivered after the transaction that produced them commits
     * (for example {@code customer.erased}, whose files a module must delete).
     *
     * @param listener the listener
     */
    void addListener(dev.goldshop.core.event.DomainEventListener listener);
}
