package dev.goldshop.persistence.internal.books;

import dev.goldshop.core.books.AccountType;

/**
 * A row of {@code accounts}.
 *
 * @param code the code
 * @param name the name
 * @param type the type
 * @param active whether postings are allowed
 */
public record AccountRow(String code, String name, AccountType type, boolean active) {
}
