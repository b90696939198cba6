package dev.goldshop.persistence.internal.customer;

import java.util.UUID;

/** One customer of a referral tree: who, who referred them, and how deep. */
public final class ReferralRow {
    public UUID customerId;
    public UUID parentId;
    public int depth;
    public String customerCode;
    public String firstName;
    public String lastName;
}
