/**
 * The SDK's exceptions: one unchecked root, {@link dev.goldshop.core.error.GoldShopException},
 * and a small set of subclasses a host can map to HTTP statuses, each with a stable
 * {@link dev.goldshop.core.error.ErrorCode}.
 */
package dev.goldshop.core.error;
