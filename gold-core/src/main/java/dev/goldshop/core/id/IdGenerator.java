package dev.goldshop.core.id;

import java.util.UUID;

/**
 * Source of new row identifiers.
 *
 * <p>The SDK asks this interface for every id it assigns, so that a host can supply its own
 * generator (one shared with the rest of its system, or a predictable one in tests). The
 * default is {@link UuidV7}.
 *
 * <p>Implementations must be thread-safe and must never return the same id twice.
 */
@FunctionalInterface
public interface IdGenerator {

    /**
     * Returns a new identifier, never returned before by this generator.
     *
     * @return a new id, never null
     */
    UUID newId();
}
