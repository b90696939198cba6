package dev.goldshop.core.error;

/**
 * The call collided with the current state: a stale version, a duplicate unique value, a reused idempotency key, or a concurrent update that retries did not resolve. Nothing was written; re-read and try again.
 */
public class ConflictException extends GoldShopException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with the default code {@link ErrorCode#DUPLICATE}.
     *
     * @param message what was wrong, with which value, and what would be accepted
     */
    public ConflictException(String message) {
        this(ErrorCode.DUPLICATE, message, null);
    }

    /**
     * Creates the exception.
     *
     * @param code the stable error code
     * @param message what was wrong, with which value, and what would be accepted
     * @param cause the underlying failure, or {@code null}
     */
    public ConflictException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
