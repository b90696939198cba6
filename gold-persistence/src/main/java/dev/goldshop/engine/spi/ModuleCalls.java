package dev.goldshop.engine.spi;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.security.Permission;
import java.util.UUID;
import java.util.function.Function;

/**
 * The engine's one call path, offered to modules so that their facades check permissions,
 * run transactions and write audit rows exactly as the engine's own facades do. Check the
 * permission first, before looking at any argument.
 */
public interface ModuleCalls {
    /**
     * A read: authorized, not audited.
     *
     * @param ctx who calls
     * @param permission what the call needs
     * @param work the read
     * @param <T> the result type
     * @return the result
     * @throws PermissionDeniedException if refused (the refusal is audited)
     */
    <T> T read(CallContext ctx, Permission permission, Function<Tx, T> work);

    /**
     * A read that reveals personal or sensitive data (an identity document, say): authorized,
     * and audited with action {@code read} in the same transaction.
     *
     * @param ctx who calls
     * @param permission what the call needs
     * @param resourceType what is read
     * @param resourceId which one, or null for a list
     * @param work the read
     * @param <T> the result type
     * @return the result
     * @throws PermissionDeniedException if refused (the refusal is audited)
     */
    <T> T readAudited(CallContext ctx, Permission permission, String resourceType, UUID resourceId,
            Function<Tx, T> work);

    /**
     * A change: authorized, run in one transaction and audited by exactly one row in it.
     *
     * @param ctx who calls
     * @param permission what the call needs
     * @param work the change, returning its result and its audit record
     * @param <T> the result type
     * @return the result
     * @throws PermissionDeniedException if refused (the refusal is audited)
     */
    <T> T change(CallContext ctx, Permission permission, Function<Tx, AuditedResult<T>> work);

    /**
     * Refuses the call unless the actor holds the permission; a refusal is audited. For calls
     * that must check before expensive work outside the transaction (reading an upload).
     *
     * @param ctx who calls
     * @param permission what the call needs
     * @throws PermissionDeniedException if refused
     */
    void authorize(CallContext ctx, Permission permission);

    /**
     * Records a failed attempt (an upload refused for its content, say) in a transaction of
     * its own, with outcome {@code failure}: it stays whatever happens to the caller's
     * surrounding transaction.
     *
     * @param ctx who called
     * @param audit what was attempted and why it failed
     */
    void recordFailure(CallContext ctx, AuditRecord audit);
}
