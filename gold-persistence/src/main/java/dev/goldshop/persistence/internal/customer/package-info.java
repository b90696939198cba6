/**
 * The customer CRM's implementation: the facades of {@code dev.goldshop.core.customer}, the
 * encryption of national ids, phone normalisation, validation and the search query builder.
 * Internal: hosts use the facades.
 */
package dev.goldshop.persistence.internal.customer;
