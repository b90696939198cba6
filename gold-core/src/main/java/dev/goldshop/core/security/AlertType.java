package dev.goldshop.core.security;

import dev.goldshop.core.value.CodedEnum;

/** What a security alert is about. Stored as its lower-case {@link #code()}. */
public enum AlertType implements CodedEnum {
    /** A login from an address or device not seen for that user in 90 days, or outside business hours. */
    SUSPICIOUS_LOGIN("suspicious_login"),
    /** Repeated failed logins for one account or from one address: the account or address is locked for a while. */
    MULTIPLE_FAILURES("multiple_failures"),
    /** Something a user did that the shop's policies flag: a discount over the limit, many voids, a bulk export. */
    UNUSUAL_ACTIVITY("unusual_activity");

    private final String code;

    AlertType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
