package dev.goldshop.core.customer;

/**
 * The outcome of re-encrypting personal identifiers.
 *
 * @param keyId the key every row is now encrypted with
 * @param rowsReencrypted how many customers' national ids were re-encrypted and re-indexed
 */
public record KeyRotation(String keyId, int rowsReencrypted) {
}
