package dev.goldshop.core.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The metadata of a document stored for a customer. The file itself is kept by gold-media
 * under {@code filePath}, relative to its storage root.
 *
 * @param id the document's id
 * @param customerId whose document it is
 * @param type what kind of document
 * @param name a name for lists, for example "Passport, front page"
 * @param filePath where gold-media stored the file, relative to its root
 * @param fileSize the file's size in bytes
 * @param mimeType the file's media type, for example {@code application/pdf}
 * @param description a description, or {@code null}
 * @param expiryDate when the document expires, or {@code null}
 * @param verified whether a user checked it against the original
 * @param verifiedBy who verified it, or {@code null} (also when the system did)
 * @param verifiedAt when it was verified, or {@code null}
 * @param createdAt when it was stored
 * @param updatedAt when its metadata last changed
 * @param version the version to pass back to change it
 */
public record CustomerDocument(UUID id, UUID customerId, DocumentType type, String name, String filePath,
        long fileSize, String mimeType, String description, LocalDate expiryDate, boolean verified, UUID verifiedBy,
        Instant verifiedAt, Instant createdAt, Instant updatedAt, long version) {
}
