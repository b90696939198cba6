package dev.goldshop.core.customer;

import java.util.List;

/**
 * The customer 360: everything a clerk needs at the counter, in one call.
 *
 * @param customer the profile (masked as the caller's permissions say), with the purchase summary
 * @param tags the customer's tags
 * @param relationships the customer's relationships, from the customer's side
 * @param preferences the customer's preferences, or {@code null} if none were recorded
 * @param recentCommunications the latest communications, newest first (empty when
 *     {@code communicationsVisible} is false)
 * @param openFollowUps scheduled follow-ups, earliest first (empty when
 *     {@code communicationsVisible} is false)
 * @param communicationsVisible whether the caller holds {@code communication:read}
 */
public record CustomerOverview(Customer customer, List<AssignedTag> tags, List<CustomerRelationship> relationships,
        Preferences preferences, List<Communication> recentCommunications, List<Communication> openFollowUps,
        boolean communicationsVisible) {

    /**
     * Copies the lists.
     */
    public CustomerOverview {
        tags = List.copyOf(tags);
        relationships = List.copyOf(relationships);
        recentCommunications = List.copyOf(recentCommunications);
        openFollowUps = List.copyOf(openFollowUps);
    }
}
