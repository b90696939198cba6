package dev.goldshop.persistence.internal.audit;

import java.util.Objects;

/**
 * The result of a changing call together with its audit event. A write through
 * {@code Calls.write} must return one, so a change without its audit row does not compile.
 *
 * @param result what the facade returns
 * @param event what goes into the audit trail
 * @param <T> the result type
 */
public record Audited<T>(T result, AuditEvent event) {
    /**
     * Validates.
     */
    public Audited {
        Objects.requireNonNull(event, "event");
    }

    /**
     * Pairs a result with its event.
     *
     * @param result the result
     * @param event the event
     * @param <T> the result type
     * @return the pair
     */
    public static <T> Audited<T> of(T result, AuditEvent event) {
        return new Audited<>(result, event);
    }
}
