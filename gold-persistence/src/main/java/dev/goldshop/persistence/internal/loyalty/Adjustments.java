package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.error.ConflictException;
import dev.goldshop.core.error.ErrorCode;
import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.loyalty.Loyalty;
import dev.goldshop.core.loyalty.LoyaltyProgram;
import dev.goldshop.core.loyalty.PointsAdjustment;
import dev.goldshop.core.loyalty.PointsEntry;
import dev.goldshop.core.loyalty.PointsTransactionType;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.mapper.LoyaltyMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Manual adjustments: checked, idempotent by the host's key (the same key and adjustment
 * replays the original entry and changes nothing; the same key with another adjustment is a
 * conflict), posted, and reported as unusual activity when large.
 */
final class Adjustments {
    /** What a host's idempotency key may be made of. */
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final int MAX_REASON = 2000;

    private final LoyaltySupport support;
    private final PointsBook book;
    private final Programs programs;
    private final LoyaltyPostings postings;

    Adjustments(LoyaltySupport support, PointsBook book, Programs programs, LoyaltyPostings postings) {
        this.support = support;
        this.book = book;
        this.programs = programs;
        this.postings = postings;
    }

    /** The original entry of a retried adjustment, found inside the transaction. */
    static final class Replayed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PointsEntry entry;

        Replayed(PointsEntry entry) {
            super("replayed", null, false, false);
            this.entry = entry;
        }
    }

    Audited<PointsEntry> adjust(Tx tx, CallContext ctx, PointsAdjustment adjustment) {
        String reason = check(ctx, adjustment);
        LoyaltySupport.requireCustomer(tx, adjustment.customerId());
        String key = "manual:" + adjustment.idempotencyKey();
        String hash = fingerprint(adjustment);
        long balance = book.lock(tx, adjustment.customerId());
        LoyaltyMapper loyalty = tx.mapper(LoyaltyMapper.class);
        EntryRow earlier = loyalty.selectEntryByKey(key);
        if (earlier != null) {
            if (!hash.equals(earlier.requestHash)) {
                throw new ConflictException(ErrorCode.IDEMPOTENCY_MISMATCH, "idempotency key '"
                        + adjustment.idempotencyKey() + "' was already used for a different adjustment (customer "
                        + earlier.customerId + ", " + earlier.points + " points); use a new key for a new adjustment",
                        null);
            }
            throw new Replayed(LoyaltyViews.entry(earlier, support.zero()));
        }
        Instant now = support.now();
        LocalDate today = support.dateOf(now);
        long points = adjustment.points();
        Money value = support.valueOf(Math.abs(points));
        LocalDate expiry = null;
        if (points > 0) {
            Optional<LoyaltyProgram> program = programs.active(tx);
            Integer days = program.map(LoyaltyProgram::pointsValidityDays).orElse(null);
            expiry = days == null ? null : today.plusDays(days);
        }
        EntryRow row = book.append(tx, new Movement(adjustment.customerId(), PointsTransactionType.ADJUSTED, points,
                value, "manual", null, null, null, reason, expiry, key, hash, ctx.actor().userId()));
        String what = "Loyalty points adjusted by hand: " + reason;
        if (points > 0) {
            postings.grant(tx, ctx, today, LoyaltyPostings.ADJUSTMENT, row.id, value, shorten(what));
        } else {
            postings.release(tx, ctx, today, LoyaltyPostings.ADJUSTMENT, row.id, value, shorten(what));
        }
        if (Math.abs(points) > Loyalty.LARGE_ADJUSTMENT_POINTS && !ctx.actor().isSystem()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("customer_id", adjustment.customerId().toString());
            details.put("points", points);
            details.put("entry_id", row.id.toString());
            support.unusual.report(ctx, "large_loyalty_adjustment", ctx.actor().name() + " adjusted a customer's"
                    + " loyalty points by " + points + " (more than " + Loyalty.LARGE_ADJUSTMENT_POINTS
                    + " either way)", details);
        }
        PointsEntry entry = LoyaltyViews.entry(row, support.zero());
        Map<String, Object> before = Map.of("balance", balance);
        Map<String, Object> after = new LinkedHashMap<>(LoyaltyViews.audit(entry));
        return Audited.of(entry, new AuditEvent("adjust", LoyaltySupport.POINTS, adjustment.customerId(), before,
                after, Map.of("idempotency_key", adjustment.idempotencyKey(), "reason", reason)));
    }

    private static String check(CallContext ctx, PointsAdjustment adjustment) {
        if (adjustment == null) {
            throw ValidationException.of("adjustment", null,
                    "is required: new PointsAdjustment(customerId, points, idempotencyKey)");
        }
        List<FieldError> errors = new ArrayList<>();
        if (adjustment.customerId() == null) {
            errors.add(new FieldError("customerId", null, "is required"));
        }
        if (adjustment.points() == 0 || Math.abs(adjustment.points()) > PointsAdjustment.MAX_POINTS) {
            errors.add(new FieldError("points", Long.toString(adjustment.points()), "must be a change of 1 to "
                    + PointsAdjustment.MAX_POINTS + " points either way, not 0"));
        }
        if (adjustment.idempotencyKey() == null || !KEY.matcher(adjustment.idempotencyKey()).matches()) {
            errors.add(new FieldError("idempotencyKey", adjustment.idempotencyKey(),
                    "must be 1 to 100 letters, digits or . _ : - (for example a UUID made when the form was opened)"));
        }
        String reason = ctx.reason() == null ? null : ctx.reason().strip();
        if (reason == null || reason.isEmpty() || reason.length() > MAX_REASON) {
            errors.add(new FieldError("reason", reason == null ? null : shorten(reason),
                    "is required (CallContext.withReason) for a manual adjustment: 1 to " + MAX_REASON + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return reason;
    }

    private static String fingerprint(PointsAdjustment adjustment) {
        String text = adjustment.customerId() + "|" + adjustment.points();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
