/**
 * Sales: draft invoices, issuing with gapless numbers, payments (split tender, old gold, store
 * credit) with idempotency keys, voids (with an optional second approver), returns through
 * credit notes, and the day's Z report.
 *
 * <p>Four facades, each obtained with {@code shop.facade(...)}:
 * {@link dev.goldshop.core.sales.Invoices}, {@link dev.goldshop.core.sales.Payments},
 * {@link dev.goldshop.core.sales.Returns} and {@link dev.goldshop.core.sales.SalesReports}. Every
 * method takes the caller's {@link dev.goldshop.core.context.CallContext} first, checks one
 * permission before it looks at any other argument, validates its input before anything is
 * written, and writes exactly one audit row when it changes data.
 *
 * <p>Every change of money is posted to the books in the same transaction (each facade
 * documents its journals), and takes or returns stock through the catalogue's stock movements,
 * so that every journal balances, each invoice's receivable equals its balance due, and an
 * item's stock equals its receipts less sales plus returns.
 */
package dev.goldshop.core.sales;
