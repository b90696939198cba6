/**
 * The pricing engine, pure and public, so that hosts can quote without a database: DOMAIN.md's
 * formula for weight-priced and fixed-price lines ({@link dev.goldshop.core.pricing.Pricing}),
 * the shop's rules ({@link dev.goldshop.core.pricing.PricingPolicy}), and a
 * {@link dev.goldshop.core.pricing.Quote} that explains each component of the price.
 *
 * <p>Invalid input is refused with a {@link dev.goldshop.core.error.ValidationException} that
 * names each field, the rejected value and what is accepted. Nothing here uses binary floating
 * point.
 */
package dev.goldshop.core.pricing;
