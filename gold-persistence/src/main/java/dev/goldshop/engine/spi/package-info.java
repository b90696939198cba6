/**
 * The service provider interface through which modules (gold-media, gold-automation, or a
 * host's own) plug into the engine: {@link dev.goldshop.engine.spi.GoldShopModule},
 * {@link dev.goldshop.engine.spi.ModuleContext} and {@link dev.goldshop.engine.spi.Tx}.
 */
package dev.goldshop.engine.spi;
