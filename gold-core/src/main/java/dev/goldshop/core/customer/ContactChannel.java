package dev.goldshop.core.customer;

import dev.goldshop.core.value.CodedEnum;

/**
 * A channel the shop may use to reach a customer; preferences say per channel whether the customer opted in, and automation honours it. Stored as its lower-case {@link #code()}; parse text with
 * {@link dev.goldshop.core.value.CodedEnums#parse}.
 */
public enum ContactChannel implements CodedEnum {
    /** Telephone calls. */
    PHONE("phone"),

    /** E-mail. */
    EMAIL("email"),

    /** Text messages. */
    SMS("sms"),

    /** WhatsApp messages. */
    WHATSAPP("whatsapp"),

    /** Letters and catalogues by post. */
    POST("post");

    private final String code;

    ContactChannel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
