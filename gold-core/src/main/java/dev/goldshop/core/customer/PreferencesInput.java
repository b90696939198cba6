package dev.goldshop.core.customer;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A customer's preferences, as saved; every part is optional.
 *
 * @param metalTypes the metals the customer likes
 * @param styles style words such as "antique" or "minimal", at most 20, each 1 to 50 characters
 * @param priceRangeMin the lowest price the customer considers, in the shop's currency, not negative
 * @param priceRangeMax the highest, not below the lowest
 * @param channels per channel, whether the customer opted in ({@code true}) or out ({@code false});
 *     a channel not listed was never asked, and automation treats it as opted out
 * @param occasions anniversaries and other dates, at most 20
 * @param frequency how often the customer buys
 * @param preferredVisitTime when the customer likes to come, for example "weekday mornings",
 *     at most 100 characters
 * @param notes at most 10,000 characters
 */
public record PreferencesInput(Set<MetalType> metalTypes, List<String> styles, Money priceRangeMin,
        Money priceRangeMax, Map<ContactChannel, Boolean> channels, List<SpecialOccasion> occasions,
        PurchaseFrequency frequency, String preferredVisitTime, String notes) {
}
