/**
 * Metal rates: the buy and sell rates per gram the shop posts for each metal and purity
 * ({@link dev.goldshop.core.rates.MetalRates}), with rates derived from the fine rate for
 * purities that were not posted.
 */
package dev.goldshop.core.rates;
