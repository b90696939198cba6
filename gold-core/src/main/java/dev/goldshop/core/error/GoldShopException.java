package dev.goldshop.core.error;

import java.util.Objects;

/**
 * The root of every exception the SDK throws. Unchecked, because a host can rarely recover
 * from these at the call site and should map them once, at its boundary, by subclass or
 * {@link #code()}. No {@code SQLException} or MyBatis exception ever escapes the SDK: the
 * engine translates them into one of the subclasses and keeps the original as the cause.
 */
public abstract class GoldShopException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /**
     * Creates an exception.
     *
     * @param code the stable error code
     * @param message what was wrong, with which value, and what would be accepted
     * @param cause the underlying failure, or {@code null}
     */
    protected GoldShopException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * The stable code of this error.
     *
     * @return the error code
     */
    public ErrorCode code() {
        return code;
    }
}
