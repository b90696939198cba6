package dev.goldshop.core.customer;

/**
 * A tag's editable fields.
 *
 * @param name required, 1 to 100 characters; unique ignoring case
 * @param colour {@code #RRGGBB} (stored upper-case), or {@code null}
 * @param description at most 1,000 characters, or {@code null}
 */
public record TagDetails(String name, String colour, String description) {
}
