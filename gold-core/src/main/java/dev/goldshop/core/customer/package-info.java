/**
 * The customer CRM: profiles with personal, address, emergency-contact and business details,
 * search that stays fast at a million customers, documents, relationships, tags, communication
 * history with follow-ups, preferences, a customer 360 view, and the privacy rights of export
 * and erasure.
 *
 * <p>Facades, each obtained with {@code shop.facade(X.class)}:
 * {@link dev.goldshop.core.customer.CustomerProfiles},
 * {@link dev.goldshop.core.customer.CustomerDocuments},
 * {@link dev.goldshop.core.customer.CustomerRelationships},
 * {@link dev.goldshop.core.customer.CustomerTags},
 * {@link dev.goldshop.core.customer.CustomerCommunications},
 * {@link dev.goldshop.core.customer.CustomerPreferences} and
 * {@link dev.goldshop.core.customer.CustomerCustomFields}.
 *
 * <p>Personal identifiers (SECURITY.md AZ-03, PII-01): national ids are encrypted by the SDK
 * with the host's {@link dev.goldshop.core.spi.KeyProvider} and looked up through a blind index;
 * national ids, birth dates and internal notes come back masked unless the caller holds their
 * own permission, and every unmasked read is audited.
 */
package dev.goldshop.core.customer;
