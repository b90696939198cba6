package dev.goldshop.core.books;

/**
 * An account of the chart.
 *
 * @param code the account code, for example {@code 1000}
 * @param name the account's name
 * @param type its kind
 * @param active whether postings to it are allowed
 */
public record Account(String code, String name, AccountType type, boolean active) {
}
