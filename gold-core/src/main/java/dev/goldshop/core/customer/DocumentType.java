package dev.goldshop.core.customer;

import dev.goldshop.core.value.CodedEnum;

/**
 * The kind of a customer document (the spec's {@code document_type}). Stored as its lower-case {@link #code()}; parse text with
 * {@link dev.goldshop.core.value.CodedEnums#parse}.
 */
public enum DocumentType implements CodedEnum {
    /** A copy of an identity document: personal data (SECURITY.md AZ-03). */
    ID_COPY("id_copy"),

    /** A signed contract, for example an order or a layaway agreement. */
    CONTRACT("contract"),

    /** A photograph, for example of a custom piece's design. */
    PHOTO("photo"),

    /** Any other document. */
    OTHER("other");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
