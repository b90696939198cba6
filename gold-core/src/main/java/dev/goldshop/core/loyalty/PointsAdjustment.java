package dev.goldshop.core.loyalty;

import java.util.UUID;

/**
 * A manual change of a customer's points. The reason is the call's
 * {@link dev.goldshop.core.context.CallContext#reason()}, which is required.
 *
 * <p>The key makes the call safe to retry: a retry with the same key and the same adjustment
 * returns the original entry and changes nothing; the same key with another adjustment is
 * refused ({@code IDEMPOTENCY_MISMATCH}).
 *
 * @param customerId the customer
 * @param points the signed change, not 0, at most {@value #MAX_POINTS} either way
 * @param idempotencyKey 1 to 100 letters, digits and {@code . _ : -}
 */
public record PointsAdjustment(UUID customerId, long points, String idempotencyKey) {
    /** The largest change one adjustment may make, either way. */
    public static final long MAX_POINTS = 1_000_000L;
}
