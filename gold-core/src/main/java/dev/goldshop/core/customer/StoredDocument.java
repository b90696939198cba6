package dev.goldshop.core.customer;

import java.util.UUID;

/**
 * A document file that gold-media has just stored for a customer, to be recorded in the
 * customer's documents in the same transaction. Hosts do not build these: they upload through
 * gold-media, which does.
 *
 * @param customerId whose document it is
 * @param details type, name, description and expiry
 * @param filePath where the file is, relative to the media root; 1 to 500 characters, no
 *     {@code ..} segment and not absolute
 * @param fileSize the file's size in bytes, not negative
 * @param mimeType the file's media type, {@code type/subtype}, at most 100 characters
 */
public record StoredDocument(UUID customerId, DocumentDetails details, String filePath, long fileSize,
        String mimeType) {
}
