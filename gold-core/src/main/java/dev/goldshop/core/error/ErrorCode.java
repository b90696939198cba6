package dev.goldshop.core.error;

/**
 * Stable, documented codes for every error the SDK raises, grouped in ranges per area so that
 * a host can map them to HTTP statuses or messages without parsing text.
 *
 * <p>Ranges: 1000 general, 1100 validation, 1200 not found, 1300 conflict, 1400 security,
 * 1500 business rules, 1600 storage. A code, once released, keeps its number and meaning.
 */
public enum ErrorCode {
    /** Unexpected internal failure; the message and the cause say more. */
    INTERNAL(1000),
    /** The engine was used after {@code close()}. */
    ENGINE_CLOSED(1001),
    /** A builder option was missing, invalid or set twice. */
    CONFIGURATION(1002),

    /** One or more input fields were invalid; see the field errors. */
    VALIDATION_FAILED(1100),
    /** The database refused a value that violates a declared rule (CHECK, NOT NULL). */
    CONSTRAINT_VIOLATED(1101),

    /** The requested entity does not exist (or the caller may not know it exists). */
    NOT_FOUND(1200),
    /** A referenced entity does not exist (foreign key). */
    REFERENCE_NOT_FOUND(1201),

    /** The entity was changed by someone else since it was read (optimistic lock). */
    STALE_VERSION(1300),
    /** A value that must be unique is already taken. */
    DUPLICATE(1301),
    /** Concurrent transactions collided and retrying did not resolve it. */
    CONCURRENT_UPDATE(1302),
    /** An idempotency key was reused with a different request. */
    IDEMPOTENCY_MISMATCH(1303),

    /** The actor lacks the permission the call needs. */
    PERMISSION_DENIED(1400),
    /** Credentials or a session token were not accepted. */
    AUTHENTICATION_FAILED(1401),
    /** The account is temporarily locked after repeated failures. */
    ACCOUNT_LOCKED(1402),

    /** A business rule of the trade refused the call (stock, state, limits). */
    BUSINESS_RULE(1500),

    /** The database or the file store could not be reached or refused to work. */
    STORAGE_UNAVAILABLE(1600),
    /** The database schema is not the one this version of the SDK expects. */
    SCHEMA_MISMATCH(1601);

    private final int number;

    ErrorCode(int number) {
        this.number = number;
    }

    /**
     * The numeric code, unique across all codes.
     *
     * @return the code's number, for example {@code 1301}
     */
    public int number() {
        return number;
    }
}
