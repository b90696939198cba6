package dev.goldshop.core.error;

/**
 * Credentials or a session token were not accepted. The message never says which part was wrong.
 */
public class AuthenticationException extends GoldShopException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with the default code {@link ErrorCode#AUTHENTICATION_FAILED}.
     *
     * @param message what was wrong, with which value, and what would be accepted
     */
    public AuthenticationException(String message) {
        this(ErrorCode.AUTHENTICATION_FAILED, message, null);
    }

    /**
     * Creates the exception.
     *
     * @param code the stable error code
     * @param message what was wrong, with which value, and what would be accepted
     * @param cause the underlying failure, or {@code null}
     */
    public AuthenticationException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
