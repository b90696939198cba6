package dev.goldshop.engine.spi;

import java.util.Objects;

/**
 * A module call's result together with its one audit record: {@link ModuleCalls#write} takes
 * work that returns one, so that a change without its audit row does not compile.
 *
 * @param result the call's result (may be null for calls that return nothing)
 * @param audit what goes into the audit trail
 * @param <T> the result type
 */
public record AuditedResult<T>(T result, AuditRecord audit) {

    /**
     * Validates.
     */
    public AuditedResult {
        Objects.requireNonNull(audit, "audit");
    }

    /**
     * Pairs a result with its audit record.
     *
     * @param result the result
     * @param audit the audit record
     * @param <T> the result type
     * @return the pair
     */
    public static <T> AuditedResult<T> of(T result, AuditRecord audit) {
        return new AuditedResult<>(result, audit);
    }
}
