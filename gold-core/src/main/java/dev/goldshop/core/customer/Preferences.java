package dev.goldshop.core.customer;

import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A customer's preferences, one record per customer.
 *
 * @param id the row's id
 * @param customerId the customer
 * @param metalTypes the metals the customer likes
 * @param styles style words
 * @param priceRangeMin the lowest price, or {@code null}
 * @param priceRangeMax the highest price, or {@code null}
 * @param channels per channel, opted in or out
 * @param occasions special dates
 * @param frequency how often the customer buys, or {@code null}
 * @param preferredVisitTime when the customer likes to come, or {@code null}
 * @param notes notes, or {@code null}
 * @param createdAt when first saved
 * @param updatedAt when last saved
 * @param version the version to pass back to change them
 */
public record Preferences(UUID id, UUID customerId, Set<MetalType> metalTypes, List<String> styles,
        Money priceRangeMin, Money priceRangeMax, Map<ContactChannel, Boolean> channels,
        List<SpecialOccasion> occasions, PurchaseFrequency frequency, String preferredVisitTime, String notes,
        Instant createdAt, Instant updatedAt, long version) {

    /**
     * Copies the collections.
     */
    public Preferences {
        metalTypes = Set.copyOf(metalTypes);
        styles = List.copyOf(styles);
        channels = Map.copyOf(channels);
        occasions = List.copyOf(occasions);
    }

    /**
     * Whether the customer opted in to a channel; a channel never asked about is "no".
     *
     * @param channel the channel
     * @return true only if the customer said yes
     */
    public boolean optedIn(ContactChannel channel) {
        return Boolean.TRUE.equals(channels.get(channel));
    }
}
