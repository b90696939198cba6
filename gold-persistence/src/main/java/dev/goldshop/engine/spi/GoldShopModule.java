package dev.goldshop.engine.spi;

/**
 * A part of the SDK that plugs into the engine, such as gold-media or gold-automation. The
 * engine calls {@link #configure} once while it is built, after migrations, in the order the
 * modules were added, then {@link #start} on each, and {@link #close} in reverse order when
 * it closes. A module keeps its implementation in its own {@code internal} packages and
 * touches the engine only through this interface and {@link ModuleContext}.
 */
public interface GoldShopModule extends AutoCloseable {
    /**
     * A short, unique, stable name, for logs and error messages.
     *
     * @return for example {@code "media"}
     */
    String name();

    /**
     * Registers the module's mappers and facades.
     *
     * @param context what the engine offers
     */
    void configure(ModuleContext context);

    /**
     * Starts background work, if the module has any. Called after every module was
     * configured. The default does nothing.
     */
    default void start() {
    }

    /**
     * Stops background work and releases resources. The default does nothing.
     */
    @Override
    default void close() {
    }
}
