package dev.goldshop.core.customer;

/**
 * A follow-up due by the end of a day, with its customer.
 *
 * @param followUp the follow-up
 * @param customer whom it is about
 * @param overdue whether it was due before that day began
 */
public record DueFollowUp(Communication followUp, CustomerRef customer, boolean overdue) {
}
