package dev.goldshop.core.customer;

import java.time.LocalDate;

/**
 * A date in the customer's life worth remembering.
 *
 * @param type what kind of date; required
 * @param date the date (its day and month recur every year); from 1900-01-01 to five years
 *     ahead
 * @param label what it is, for example "Wedding of daughter", at most 100 characters, or
 *     {@code null}
 */
public record SpecialOccasion(OccasionType type, LocalDate date, String label) {
}
