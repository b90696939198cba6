package dev.goldshop.core.customer;

import java.util.List;

/**
 * A customer in a referral tree, with the customers they referred.
 *
 * @param customer the customer
 * @param referred whom this customer referred, in name order
 */
public record ReferralNode(CustomerRef customer, List<ReferralNode> referred) {

    /**
     * Copies the children.
     */
    public ReferralNode {
        referred = List.copyOf(referred);
    }

    /**
     * How many customers are in this subtree, this one included.
     *
     * @return the count
     */
    public int size() {
        int size = 1;
        for (ReferralNode child : referred) {
            size += child.size();
        }
        return size;
    }
}
