package dev.goldshop.persistence.internal.rates;

import dev.goldshop.core.error.FieldError;
import dev.goldshop.core.error.ValidationException;
import dev.goldshop.core.rates.NewMetalRate;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Checks rate input, reporting every rejected field at once. */
final class RateValidation {
    /** How far ahead a rate may be posted: tomorrow's opening rate, not next month's. */
    static final Duration MAX_AHEAD = Duration.ofDays(1);
    /** numeric(14,4): ten integer digits, four decimals. */
    private static final BigDecimal RATE_LIMIT = new BigDecimal("10000000000");
    private static final int RATE_SCALE = 4;
    private static final int SOURCE_LENGTH = 50;
    private static final int NOTES_LENGTH = 2000;
    /** Earlier than any rate a shop could still hold; refuses typing slips like year 202. */
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private final List<FieldError> errors = new ArrayList<>();

    private RateValidation() {
    }

    /**
     * Validates a rate to post and fills in its defaults.
     *
     * @param rate the rate
     * @param now the engine's time, truncated to microseconds
     * @return the rate with its effective time (now if none), rates at four decimals, stripped source
     *     and notes
     * @throws ValidationException naming every rejected field
     */
    static NewMetalRate check(NewMetalRate rate, Instant now) {
        RateValidation v = new RateValidation();
        v.metalAndPurity(rate.metal(), rate.purity());
        boolean buyValid = v.rate("buyRate", rate.buyRate());
        boolean sellValid = v.rate("sellRate", rate.sellRate());
        if (buyValid && sellValid && rate.buyRate().compareTo(rate.sellRate()) > 0) {
            v.reject("buyRate", rate.buyRate().toPlainString(),
                    "must not be above the sell rate " + rate.sellRate().toPlainString()
                            + "; the shop never buys dearer than it sells");
        }
        Instant effective = rate.effectiveFrom() == null ? now : rate.effectiveFrom().truncatedTo(ChronoUnit.MICROS);
        if (effective.isAfter(now.plus(MAX_AHEAD))) {
            v.reject("effectiveFrom", effective, "must be at most one day ahead of now (" + now + ")");
        } else if (effective.isBefore(EARLIEST)) {
            v.reject("effectiveFrom", effective, "must be after " + EARLIEST);
        }
        String source = rate.source() == null ? NewMetalRate.MANUAL : rate.source().strip();
        if (source.isEmpty() || source.length() > SOURCE_LENGTH || hasControl(source, false)) {
            v.reject("source", rate.source(), "must be 1 to " + SOURCE_LENGTH
                    + " characters without control characters, such as 'manual' or a feed's name");
        }
        String notes = rate.notes() == null || rate.notes().isBlank() ? null : rate.notes().strip();
        if (notes != null && (notes.length() > NOTES_LENGTH || hasControl(notes, true))) {
            v.reject("notes", notes.length() > 20 ? notes.substring(0, 20) + "..." : notes,
                    "must be at most " + NOTES_LENGTH + " characters without control characters");
        }
        v.throwIfAny();
        // At the stored scale, so that what post returns equals what every later read returns.
        return new NewMetalRate(rate.metal(), rate.purity(), rate.buyRate().setScale(RATE_SCALE),
                rate.sellRate().setScale(RATE_SCALE), effective, source, notes);
    }

    /**
     * Validates a metal and purity to look up.
     *
     * @param metal the metal
     * @param purity the purity
     * @throws ValidationException if either is missing or the metal does not accept the purity
     */
    static void lookup(MetalType metal, Purity purity) {
        RateValidation v = new RateValidation();
        v.metalAndPurity(metal, purity);
        v.throwIfAny();
    }

    /**
     * Validates a history query.
     *
     * @param metal the metal
     * @param purity the purity
     * @param from the earliest effective time
     * @param to the latest effective time, exclusive
     * @param hasPage whether a page request was given
     * @throws ValidationException naming every rejected argument
     */
    static void history(MetalType metal, Purity purity, Instant from, Instant to, boolean hasPage) {
        RateValidation v = new RateValidation();
        v.metalAndPurity(metal, purity);
        if (from == null) {
            v.reject("from", null, "is required");
        }
        if (to == null) {
            v.reject("to", null, "is required");
        }
        if (from != null && to != null && !to.isAfter(from)) {
            v.reject("to", to, "must be after from (" + from + ")");
        }
        if (!hasPage) {
            v.reject("page", null, "is required, for example PageRequest.first()");
        }
        v.throwIfAny();
    }

    private void metalAndPurity(MetalType metal, Purity purity) {
        if (metal == null) {
            reject("metal", null, "is required: gold, silver, platinum or palladium");
        }
        if (purity == null) {
            reject("purity", null, "is required, as fineness per mille such as 916");
        } else if (metal != null && !metal.accepts(purity)) {
            reject("purity", purity.fineness().toPlainString(), "must be from "
                    + metal.minimumPurity().fineness().toPlainString() + " to "
                    + metal.maximumPurity().fineness().toPlainString() + " per mille for " + metal.code());
        }
    }

    private boolean rate(String field, BigDecimal value) {
        if (value == null) {
            reject(field, null, "is required, per gram");
            return false;
        }
        if (value.signum() <= 0 || value.compareTo(RATE_LIMIT) >= 0) {
            reject(field, value.toPlainString(), "must be above 0 and below 10000000000 per gram");
            return false;
        }
        if (value.stripTrailingZeros().scale() > RATE_SCALE) {
            reject(field, value.toPlainString(), "must have at most " + RATE_SCALE + " decimals");
            return false;
        }
        return true;
    }

    private static boolean hasControl(String text, boolean multiline) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r')));
    }

    private void reject(String field, Object value, String accepted) {
        errors.add(new FieldError(field, value == null ? null : String.valueOf(value), accepted));
    }

    private void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
