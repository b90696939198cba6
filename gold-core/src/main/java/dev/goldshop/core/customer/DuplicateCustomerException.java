package dev.goldshop.core.customer;

import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import java.util.List;
import java.util.UUID;

/**
 * A customer was refused because another one already has the same national id, phone or
 * e-mail. Names the existing customer by id and code only, never by their data, so that the
 * error can be shown to a clerk and logged.
 */
public class DuplicateCustomerException extends ConflictException {
    private static final long serialVersionUID = 1L;

    private final UUID existingCustomerId;
    private final String existingCustomerCode;
    private final List<String> matchedFields;

    /**
     * Creates the exception.
     *
     * @param existingCustomerId the customer who already has the values
     * @param existingCustomerCode that customer's code
     * @param matchedFields which fields matched: {@code nationalId}, {@code phone}, {@code email}
     */
    public DuplicateCustomerException(UUID existingCustomerId, String existingCustomerCode,
            List<String> matchedFields) {
        super(ErrorCode.DUPLICATE, "Customer " + existingCustomerCode + " (id " + existingCustomerId
                + ") already has the same " + String.join(" and ", matchedFields)
                + "; open that customer, or save with DuplicatePolicy.ALLOW (needs customer:duplicate_override)", null);
        this.existingCustomerId = existingCustomerId;
        this.existingCustomerCode = existingCustomerCode;
        this.matchedFields = List.copyOf(matchedFields);
    }

    /**
     * The customer who already has the values.
     *
     * @return the id
     */
    public UUID existingCustomerId() {
        return existingCustomerId;
    }

    /**
     * That customer's code.
     *
     * @return for example {@code C000042}
     */
    public String existingCustomerCode() {
        return existingCustomerCode;
    }

    /**
     * Which fields matched.
     *
     * @return some of {@code nationalId}, {@code phone}, {@code email}
     */
    public List<String> matchedFields() {
        return matchedFields;
    }
}
