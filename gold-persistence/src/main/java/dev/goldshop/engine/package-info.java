/**
 * The engine: {@link dev.goldshop.engine.GoldShop}, its builder and its schema options. This is
 * where a host starts.
 */
package dev.goldshop.engine;
