package dev.goldshop.core.error;

/**
 * The actor lacks the permission the call needs. Nothing was written except the audit record of the refusal.
 */
public class PermissionDeniedException extends GoldShopException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with the default code {@link ErrorCode#PERMISSION_DENIED}.
     *
     * @param message what was wrong, with which value, and what would be accepted
     */
    public PermissionDeniedException(String message) {
        this(ErrorCode.PERMISSION_DENIED, message, null);
    }

    /**
     * Creates the exception.
     *
     * @param code the stable error code
     * @param message what was wrong, with which value, and what would be accepted
     * @param cause the underlying failure, or {@code null}
     */
    public PermissionDeniedException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
