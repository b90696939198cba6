package dev.goldshop.core.error;

/**
 * A rule of the trade refused the call: insufficient stock, an invoice no longer editable, points over-redeemed and the like. Nothing was written.
 */
public class BusinessRuleException extends GoldShopException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with the default code {@link ErrorCode#BUSINESS_RULE}.
     *
     * @param message what was wrong, with which value, and what would be accepted
     */
    public BusinessRuleException(String message) {
        this(ErrorCode.BUSINESS_RULE, message, null);
    }

    /**
     * Creates the exception.
     *
     * @param code the stable error code
     * @param message what was wrong, with which value, and what would be accepted
     * @param cause the underlying failure, or {@code null}
     */
    public BusinessRuleException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
