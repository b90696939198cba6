/**
 * Service-provider interfaces a host implements to plug its own infrastructure into the SDK,
 * such as {@link dev.goldshop.core.spi.KeyProvider}, the keys that protect personal data.
 */
package dev.goldshop.core.spi;
