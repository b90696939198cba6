package dev.goldshop.persistence.internal.sales;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.PermissionDeniedException;
import dev.goldshop.core.security.Permission;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.AuditWriter;
import dev.goldshop.persistence.internal.call.Calls;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A refusal found inside a call's transaction, after its own permission was granted: a discount
 * above the policy limit without {@code discount:override}, or a void approved by the user who
 * asked for it. Thrown inside the transaction, it rolls back everything the call did; {@link
 * #guard} then records the refusal's audit row in a transaction of its own (as a refusal of the
 * call's own permission is recorded) and throws the {@link PermissionDeniedException} the host
 * sees. Not a {@code GoldShopException}, so the engine passes it through untouched.
 */
final class RefusedInside extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient AuditEvent event;

    private RefusedInside(String message, AuditEvent event) {
        super(message, null, false, false);
        this.event = event;
    }

    /**
     * A refusal for want of a permission.
     *
     * @param ctx who called
     * @param permission what was missing
     * @param resourceId what the call was about
     * @param why what the permission was needed for
     * @return the exception, to be thrown inside the transaction
     */
    static RefusedInside missing(CallContext ctx, Permission permission, UUID resourceId, String why) {
        return refused("permission " + permission + " is required to " + why + " and " + ctx.actor().name()
                + " does not have it", permission, resourceId, why);
    }

    /**
     * A refusal of a rule on who may act (a second approver).
     *
     * @param message what was refused, for the host
     * @param permission the permission the rule is part of
     * @param resourceId what the call was about
     * @param reason the rule, for the audit row
     * @return the exception, to be thrown inside the transaction
     */
    static RefusedInside refused(String message, Permission permission, UUID resourceId, String reason) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("permission", permission.toString());
        context.put("reason", reason);
        return new RefusedInside(message, new AuditEvent("access_denied", permission.resource(), resourceId, null,
                null, context));
    }

    /**
     * Runs a call; a refusal found inside it is recorded and rethrown as a permission denial.
     *
     * @param calls the call path
     * @param ctx who calls
     * @param call the call (which checks its own permission first)
     * @param <T> the result type
     * @return the call's result
     * @throws PermissionDeniedException for a refusal found inside the call
     */
    static <T> T guard(Calls calls, CallContext ctx, Supplier<T> call) {
        try {
            return call.get();
        } catch (RefusedInside refused) {
            calls.recordOutcome(ctx, refused.event, AuditWriter.DENIED);
            throw new PermissionDeniedException(ErrorCode.PERMISSION_DENIED, refused.getMessage(), null);
        }
    }
}
