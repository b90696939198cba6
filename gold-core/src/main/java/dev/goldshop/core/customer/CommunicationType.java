package dev.goldshop.core.customer;

import dev.goldshop.core.value.CodedEnum;

/**
 * The kind of contact with a customer (the spec's {@code communication_type}). Stored as its lower-case {@link #code()}; parse text with
 * {@link dev.goldshop.core.value.CodedEnums#parse}.
 */
public enum CommunicationType implements CodedEnum {
    /** A telephone call. */
    CALL("call"),

    /** An e-mail. */
    EMAIL("email"),

    /** A text message. */
    SMS("sms"),

    /** A visit to the shop. */
    VISIT("visit"),

    /** A note for the file, no contact. */
    NOTE("note");

    private final String code;

    CommunicationType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
