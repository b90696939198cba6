package dev.goldshop.core.customer;

import java.time.LocalDate;

/**
 * The editable metadata of a customer document.
 *
 * @param type what kind of document; required
 * @param name required, 1 to 255 characters
 * @param description at most 5,000 characters, or {@code null}
 * @param expiryDate on or after 1900-01-01, or {@code null} if it never expires
 */
public record DocumentDetails(DocumentType type, String name, String description, LocalDate expiryDate) {
}
