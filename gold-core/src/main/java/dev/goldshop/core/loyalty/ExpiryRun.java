package dev.goldshop.core.loyalty;

import dev.goldshop.core.value.Money;
import java.time.LocalDate;

/**
 * What an expiry run did.
 *
 * @param asOf the shop's date of the run: points whose expiry date is before it expired
 * @param entries how many {@code expired} entries it wrote (one per batch of earned points)
 * @param customers how many customers lost points
 * @param points how many points expired in all
 * @param value their value, released from the loyalty liability
 */
public record ExpiryRun(LocalDate asOf, int entries, int customers, long points, Money value) {
}
