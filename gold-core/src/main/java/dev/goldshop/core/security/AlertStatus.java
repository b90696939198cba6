package dev.goldshop.core.security;

import dev.goldshop.core.value.CodedEnum;
import java.util.Set;

/**
 * Where a security alert stands. An alert moves only forward:
 * {@code open -> investigating -> resolved | false_positive}, or straight from {@code open} to
 * {@code resolved} or {@code false_positive}. The two end states are final, so that a closed
 * alert cannot be quietly reopened and closed again with another story. Stored as its
 * lower-case {@link #code()}.
 */
public enum AlertStatus implements CodedEnum {
    /** Raised, nobody has looked yet. */
    OPEN("open"),
    /** Someone is looking into it. */
    INVESTIGATING("investigating"),
    /** Looked into and dealt with. Final. */
    RESOLVED("resolved"),
    /** Looked into: nothing was wrong. Final. */
    FALSE_POSITIVE("false_positive");

    private final String code;

    AlertStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Whether an alert may move from this status to another, so that a host can offer only
     * the moves that will be accepted.
     *
     * @param target the status to move to
     * @return true for the moves listed on this type; false for any other, including staying put
     */
    public boolean canMoveTo(AlertStatus target) {
        return switch (this) {
            case OPEN -> Set.of(INVESTIGATING, RESOLVED, FALSE_POSITIVE).contains(target);
            case INVESTIGATING -> target == RESOLVED || target == FALSE_POSITIVE;
            case RESOLVED, FALSE_POSITIVE -> false;
        };
    }

    /**
     * Whether this is an end state, which records who closed the alert and when.
     *
     * @return true for {@link #RESOLVED} and {@link #FALSE_POSITIVE}
     */
    public boolean isFinal() {
        return this == RESOLVED || this == FALSE_POSITIVE;
    }
}
