package dev.goldshop.core.security;

import dev.goldshop.core.value.CodedEnum;

/** How urgent a security alert is, from {@link #LOW} to {@link #CRITICAL}. Stored as its lower-case {@link #code()}. */
public enum AlertSeverity implements CodedEnum {
    /** Worth a look when convenient. */
    LOW("low"),
    /** Worth a look today. */
    MEDIUM("medium"),
    /** Worth a look now: an attack may be under way. */
    HIGH("high"),
    /** Act now. */
    CRITICAL("critical");

    private final String code;

    AlertSeverity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
