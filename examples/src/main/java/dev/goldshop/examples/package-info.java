/**
 * Runnable examples of the SDK; {@link dev.goldshop.examples.DemoMain} tells a day at the shop.
 */
package dev.goldshop.examples;
