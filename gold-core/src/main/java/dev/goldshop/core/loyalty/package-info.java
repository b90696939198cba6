/**
 * Loyalty: one active programme (points per currency unit, tiers with a multiplier and a
 * discount, a validity for earned points), and each customer's points as an append-only,
 * signed ledger whose balance never goes below zero.
 *
 * <p>Points are earned automatically when a sale is paid ({@link dev.goldshop.core.sales.Payments}),
 * redeemed as the payment method {@link dev.goldshop.core.sales.PaymentMethod#LOYALTY_POINTS},
 * and taken back by a return ({@link dev.goldshop.core.sales.Returns}); the facade
 * {@link dev.goldshop.core.loyalty.Loyalty} manages programmes, adjusts by hand, runs expiry and
 * answers the queries. The books carry the points' value as a liability (see {@link Loyalty}).
 * {@link dev.goldshop.core.loyalty.PointsArithmetic} holds the pure rules, for hosts that want
 * to show a customer what a sale will earn before it is paid.
 */
package dev.goldshop.core.loyalty;
