/**
 * Generation of row identifiers.
 *
 * <p>{@link dev.goldshop.core.id.IdGenerator} is the service-provider interface the SDK asks for
 * new ids; {@link dev.goldshop.core.id.UuidV7} is the default implementation, producing
 * time-ordered RFC 9562 version 7 UUIDs.
 */
package dev.goldshop.core.id;
