package dev.goldshop.core.sales;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A void asked for by one user, waiting for a second user to approve it (SECURITY.md AZ-05);
 * see {@link Invoices#requestVoid} and {@link Invoices#approveVoid}.
 *
 * @param requestedBy who asked
 * @param requestedAt when
 * @param reason why
 */
public record VoidRequest(UUID requestedBy, Instant requestedAt, String reason) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public VoidRequest {
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(reason, "reason");
    }
}
