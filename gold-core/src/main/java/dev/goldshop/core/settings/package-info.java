/**
 * Company settings: the shop's identity, pricing and tax rules, invoice numbering, business
 * hours and account codes ({@link dev.goldshop.core.settings.CompanySettings}).
 */
package dev.goldshop.core.settings;
