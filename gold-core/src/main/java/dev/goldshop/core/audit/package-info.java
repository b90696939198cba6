/**
 * The audit trail: who did what, when, from where, with the data before and after, as the SDK
 * recorded it. {@link dev.goldshop.core.audit.AuditTrail} reads it (by filter, or the whole
 * history of one resource) and checks that nobody changed it behind the SDK's back.
 *
 * <p>The trail is append-only: the SDK never changes or removes a row, and the database refuses
 * {@code UPDATE}, {@code DELETE} and {@code TRUNCATE} on it. Each row is chained to the previous
 * row of its chain by a SHA-256 hash, so that an edit, a removed row or a removed tail shows up
 * in {@link dev.goldshop.core.audit.AuditTrail#verify}.
 *
 * <p>Old data, new data and the additional context of a row are given as JSON text, already
 * redacted when written: no password, password hash or token ever reaches the trail, and
 * national ids and similar identifiers are masked to their last four characters.
 */
package dev.goldshop.core.audit;
