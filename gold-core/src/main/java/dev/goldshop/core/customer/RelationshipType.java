package dev.goldshop.core.customer;

import dev.goldshop.core.value.CodedEnum;

/**
 * How two customers are related (the spec's {@code relationship_type}). Stored as its lower-case {@link #code()}; parse text with
 * {@link dev.goldshop.core.value.CodedEnums#parse}.
 */
public enum RelationshipType implements CodedEnum {
    /** Relatives; shown from both sides. */
    FAMILY("family"),

    /** Business partners; shown from both sides. */
    BUSINESS_PARTNER("business_partner"),

    /** The first customer referred the second: the only directed type; a customer has at most one referrer and referrals never form a cycle. */
    REFERRAL("referral"),

    /** Friends; shown from both sides. */
    FRIEND("friend");

    private final String code;

    RelationshipType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
