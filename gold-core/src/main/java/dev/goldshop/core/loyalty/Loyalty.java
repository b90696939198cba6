package dev.goldshop.core.loyalty;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Loyalty programmes and customers' points.
 *
 * <p><b>The ledger.</b> Each customer's points are an append-only list of signed entries
 * ({@link PointsEntry}); the balance is their sum and never goes below zero, also when several
 * payments redeem points at once. Every entry carries a key that can exist once, so earning,
 * redeeming, taking back and expiring are each done at most once however often a call is
 * retried.
 *
 * <ul>
 *   <li><b>Earning</b> happens when a registered customer's sale is paid
 *       ({@link dev.goldshop.core.sales.Payments#pay}): the part of the payment applied to the
 *       sale, less what was paid with points or store credit, excluding the sale's tax share,
 *       times the active programme's points per currency unit, times the customer's tier
 *       multiplier, rounded down ({@link PointsArithmetic#pointsForPayment}). Earned points
 *       expire after the programme's validity.</li>
 *   <li><b>Redeeming</b> is the payment method
 *       {@link dev.goldshop.core.sales.PaymentMethod#LOYALTY_POINTS}, at the point value in
 *       company settings; it needs {@code loyalty:redeem} besides {@code payment:create}.
 *       Points are spent oldest first.</li>
 *   <li><b>A return</b> ({@link dev.goldshop.core.sales.Returns#returnGoods}) first gives back
 *       as points what the sale was paid with in points (before anything is refunded in money;
 *       an {@code adjusted} entry of reference type {@code return}, a new batch valid for the
 *       active programme's validity from the day of the return, never more points over the
 *       sale's returns than it spent), then takes back its
 *       share of the points the sale earned ({@link PointsArithmetic#pointsToTakeBack}). Points
 *       the customer has already spent cannot be taken from the balance; their value is kept
 *       back from the refund instead (a refund row of method {@code loyalty_points} on the
 *       credit note), so the balance never goes negative and buying, redeeming and returning
 *       gains nothing.</li>
 *   <li><b>Expiry</b> ({@link #expire}) writes one {@code expired} entry for what is left of
 *       each batch of earned points past its expiry date.</li>
 * </ul>
 *
 * <p><b>The books.</b> The loyalty liability carries the value of outstanding points at the
 * point value of the day each moved:
 * <pre>
 * earned, or adjusted up:          Dr loyalty expense        Cr loyalty liability
 * redeemed (a payment):            Dr loyalty liability      Cr receivable
 * given back on a return (a refund): Dr receivable           Cr loyalty liability
 * expired, taken back, adjusted down: Dr loyalty liability   Cr loyalty expense
 * spent points kept from a refund: Dr receivable             Cr loyalty expense
 * </pre>
 * With a point value of 0 nothing is posted.
 */
public interface Loyalty {
    /** An adjustment of more than this many points, either way, raises an unusual-activity alert. */
    long LARGE_ADJUSTMENT_POINTS = 1000;

    /**
     * Creates a programme; if it is saved as active, the programme active before stops being so.
     *
     * @param ctx who calls; needs {@code loyalty_program:manage}
     * @param details the programme
     * @return the stored programme
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException naming each invalid field (see
     *     {@link LoyaltyProgramDetails} and {@link LoyaltyTier})
     * @throws dev.goldshop.core.error.ConflictException if another programme is made active at
     *     the same moment
     */
    LoyaltyProgram createProgram(CallContext ctx, LoyaltyProgramDetails details);

    /**
     * Replaces a programme's settings. Points already earned keep their expiry dates.
     *
     * @param ctx who calls; needs {@code loyalty_program:manage}
     * @param programId the programme
     * @param details its new settings
     * @param version the version read
     * @return the programme as stored
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException naming each invalid field
     * @throws dev.goldshop.core.error.NotFoundException if there is no such programme
     * @throws dev.goldshop.core.error.ConflictException {@code STALE_VERSION} if it was changed
     *     since it was read
     */
    LoyaltyProgram updateProgram(CallContext ctx, UUID programId, LoyaltyProgramDetails details, long version);

    /**
     * A programme.
     *
     * @param ctx who calls; needs {@code loyalty:read}
     * @param programId the programme
     * @return the programme, or empty
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    Optional<LoyaltyProgram> program(CallContext ctx, UUID programId);

    /**
     * The programme customers earn under now.
     *
     * @param ctx who calls; needs {@code loyalty:read}
     * @return the active programme, or empty if there is none (then nothing is earned)
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    Optional<LoyaltyProgram> activeProgram(CallContext ctx);

    /**
     * Every programme, newest first (a shop has a handful).
     *
     * @param ctx who calls; needs {@code loyalty:read}
     * @return the programmes
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    List<LoyaltyProgram> programs(CallContext ctx);

    /**
     * Changes a customer's points by hand. The call's reason is required and becomes the
     * entry's description; an adjustment above {@link #LARGE_ADJUSTMENT_POINTS} either way
     * raises an unusual-activity alert. Points added expire like earned points.
     *
     * @param ctx who calls; needs {@code loyalty:adjust}; {@link CallContext#reason()} required
     * @param adjustment the customer, the signed points and the key
     * @return the entry (for a retry, the original entry)
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the reason, the points or the key
     *     are invalid
     * @throws dev.goldshop.core.error.NotFoundException if there is no such customer
     * @throws dev.goldshop.core.error.ConflictException {@code IDEMPOTENCY_MISMATCH} if the key
     *     was used for another change
     * @throws dev.goldshop.core.error.BusinessRuleException if taking the points away would
     *     leave the balance below zero
     */
    PointsEntry adjust(CallContext ctx, PointsAdjustment adjustment);

    /**
     * Expires every batch of points whose expiry date is before today (the shop's date), oldest
     * first, and releases their value from the liability in one journal. Running it again the
     * same day finds nothing more to do.
     *
     * @param ctx who calls (the automation's system context, or a user); needs
     *     {@code loyalty_program:manage}
     * @return what expired
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    ExpiryRun expire(CallContext ctx);

    /**
     * A customer's points.
     *
     * @param ctx who calls; needs {@code loyalty:read}
     * @param customerId the customer
     * @return the balance (0 for a customer who never had points)
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if there is no such customer
     */
    PointsBalance balance(CallContext ctx, UUID customerId);

    /**
     * A customer's tier under the active programme and the distance to the next.
     *
     * @param ctx who calls; needs {@code loyalty:read}
     * @param customerId the customer
     * @return the status, or empty when no programme is active
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.NotFoundException if there is no such customer
     */
    Optional<TierStatus> tier(CallContext ctx, UUID customerId);

    /**
     * A customer's entries, newest first, one keyset page at a time.
     *
     * @param ctx who calls; needs {@code loyalty:read}
     * @param customerId the customer
     * @param page the page
     * @return the page
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if the page is missing or its cursor
     *     is not one of this list
     * @throws dev.goldshop.core.error.NotFoundException if there is no such customer
     */
    Page<PointsEntry> statement(CallContext ctx, UUID customerId, PageRequest page);

    /**
     * A customer's unspent points that expire within some days from today, by date.
     *
     * @param ctx who calls; needs {@code loyalty:read}
     * @param customerId the customer
     * @param days 0 (today only) to 3,650
     * @return the points by expiry date, soonest first
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     * @throws dev.goldshop.core.error.ValidationException if days is out of range
     * @throws dev.goldshop.core.error.NotFoundException if there is no such customer
     */
    List<ExpiringPoints> expiringWithin(CallContext ctx, UUID customerId, int days);

    /**
     * What the shop owes in points, in all.
     *
     * @param ctx who calls; needs {@code loyalty:read}
     * @return the outstanding points, their value and the booked liability
     * @throws dev.goldshop.core.error.PermissionDeniedException without the permission
     */
    LoyaltyLiability liability(CallContext ctx);
}
