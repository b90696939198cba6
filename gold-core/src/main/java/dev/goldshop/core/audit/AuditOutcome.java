package dev.goldshop.core.audit;

import dev.goldshop.core.value.CodedEnum;

/**
 * How an audited call ended. Refusals and failures are recorded as well as successes, so that
 * the trail shows attempts, not only changes.
 */
public enum AuditOutcome implements CodedEnum {
    /** The call did what it was asked. */
    SUCCESS("success"),
    /** Authorization refused the call; nothing but this row was written. */
    DENIED("denied"),
    /** The call was attempted and failed, for example a login with a wrong password. */
    FAILURE("failure");

    private final String code;

    AuditOutcome(String code) {
        this.code = code;
    }

    /**
     * The code stored in {@code audit_logs.outcome}.
     *
     * @return {@code success}, {@code denied} or {@code failure}
     */
    @Override
    public String code() {
        return code;
    }
}
