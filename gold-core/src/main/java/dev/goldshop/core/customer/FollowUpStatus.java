package dev.goldshop.core.customer;

import dev.goldshop.core.value.CodedEnum;

/**
 * The state of a communication row (the spec's {@code status}): a follow-up is {@link #SCHEDULED} until it is completed or cancelled; a logged communication is {@link #COMPLETED}. Stored as its lower-case {@link #code()}; parse text with
 * {@link dev.goldshop.core.value.CodedEnums#parse}.
 */
public enum FollowUpStatus implements CodedEnum {
    /** Planned and not yet done. */
    SCHEDULED("scheduled"),

    /** Done. */
    COMPLETED("completed"),

    /** Planned and then called off. */
    CANCELLED("cancelled");

    private final String code;

    FollowUpStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
