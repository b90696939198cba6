package dev.goldshop.core.spi;

/**
 * Gives an engine the host's {@link KeyProvider}, once, right after the engine is built and
 * before customers with national ids are stored or read unmasked:
 *
 * <pre>{@code
 * shop.facade(PiiKeyInstaller.class).install(KeyProvider.of("2025-01", keys, indexKey));
 * }</pre>
 *
 * <p>An engine without a provider works for everything except national ids: storing or
 * searching one, or revealing it, fails with a {@code BusinessRuleException} that says how to
 * install a provider. This interface is interim: it gives way to a builder option
 * ({@code GoldShop.builder().keyProvider(...)}) and will then be deprecated.
 */
public interface PiiKeyInstaller {

    /**
     * Installs the provider for the life of the engine.
     *
     * @param provider the host's keys
     * @throws NullPointerException if {@code provider} is null
     * @throws IllegalStateException if a provider is already installed (keys are not swapped
     *     under a running engine; add a key to the provider and rotate instead)
     */
    void install(KeyProvider provider);

    /**
     * Whether a provider is installed.
     *
     * @return true once {@link #install} succeeded
     */
    boolean installed();
}
