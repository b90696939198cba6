package dev.goldshop.persistence.internal.security;

/**
 * What a user's earlier sessions say about a new login, for the new-address and new-device rule.
 *
 * @param anySession whether the user ever had a session (a first login is never suspicious)
 * @param addressSeen whether a session of the look-back period came from the login's address
 * @param deviceSeen whether a session of the look-back period came from the login's device
 */
public record LoginHistoryRow(boolean anySession, boolean addressSeen, boolean deviceSeen) {
}
