package dev.goldshop.core.customer;

/**
 * Who referred whom, starting from one customer.
 *
 * @param root the customer asked about, with everyone they referred, directly or not
 * @param referredBy who referred the root customer, or {@code null}
 * @param truncated whether deeper levels or more customers exist than the tree shows
 * @param maxDepth how many levels below the root the tree shows at most
 */
public record ReferralTree(ReferralNode root, CustomerRef referredBy, boolean truncated, int maxDepth) {
}
