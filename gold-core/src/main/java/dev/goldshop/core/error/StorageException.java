package dev.goldshop.core.error;

/**
 * The database or the file store failed or could not be reached. The outcome of a write may be unknown; retry with the same idempotency key.
 */
public class StorageException extends GoldShopException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with the default code {@link ErrorCode#STORAGE_UNAVAILABLE}.
     *
     * @param message what was wrong, with which value, and what would be accepted
     */
    public StorageException(String message) {
        this(ErrorCode.STORAGE_UNAVAILABLE, message, null);
    }

    /**
     * Creates the exception.
     *
     * @param code the stable error code
     * @param message what was wrong, with which value, and what would be accepted
     * @param cause the underlying failure, or {@code null}
     */
    public StorageException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
