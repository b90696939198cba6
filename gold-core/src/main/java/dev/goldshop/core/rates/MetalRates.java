package dev.goldshop.core.rates;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.page.Page;
import dev.goldshop.core.page.PageRequest;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The shop's buy and sell rates per gram of each metal and purity: posting them, the rate in
 * effect now or at any past moment, and the history.
 *
 * <p>The current rates are cached by every engine and dropped after each post, on this engine
 * and, through PostgreSQL notifications, on every other engine on the database; a rate posted
 * with a future effective time takes effect on its own when that time comes.
 */
public interface MetalRates {

    /**
     * Posts a rate. Needs {@code rate:post}; writes one audit row.
     *
     * @param ctx who calls
     * @param rate the rate
     * @return the posted rate
     * @throws dev.goldshop.core.error.ValidationException if a field is missing or invalid:
     *     purity not accepted for the metal, a rate not above 0 or too precise, buy above sell,
     *     effective more than a day ahead, a blank or too long source; nothing is written
     * @throws dev.goldshop.core.error.ConflictException if a rate for the same metal, purity
     *     and effective time already exists
     * @throws dev.goldshop.core.error.PermissionDeniedException without {@code rate:post}
     */
    PostedRate post(CallContext ctx, NewMetalRate rate);

    /**
     * The rate in effect now on the engine's clock: the rate posted for the purity, or else one
     * derived from the fine rate. Needs {@code rate:read}.
     *
     * @param ctx who calls
     * @param metal the metal
     * @param purity the purity, one the metal accepts
     * @return the rate, or empty if neither the purity nor a fine rate (999 or more) of the
     *     metal has been posted
     * @throws dev.goldshop.core.error.ValidationException if an argument is missing or the
     *     metal does not accept the purity
     * @throws dev.goldshop.core.error.PermissionDeniedException without {@code rate:read}
     */
    Optional<MetalRate> current(CallContext ctx, MetalType metal, Purity purity);

    /**
     * The rate that was in effect at a moment, by the same rule as {@link #current}, for
     * invoices and reports. Needs {@code rate:read}.
     *
     * @param ctx who calls
     * @param metal the metal
     * @param purity the purity, one the metal accepts
     * @param when the moment
     * @return the rate, or empty if none was in effect then
     * @throws dev.goldshop.core.error.ValidationException if an argument is missing or the
     *     metal does not accept the purity
     * @throws dev.goldshop.core.error.PermissionDeniedException without {@code rate:read}
     */
    Optional<MetalRate> at(CallContext ctx, MetalType metal, Purity purity, Instant when);

    /**
     * The rates posted for one metal and purity with an effective time in {@code [from, to)},
     * newest first, a page at a time. Derived rates are not history. Needs {@code rate:read}.
     *
     * @param ctx who calls
     * @param metal the metal
     * @param purity the purity, one the metal accepts
     * @param from the earliest effective time, inclusive
     * @param to the latest effective time, exclusive; after {@code from}
     * @param page the page size and the cursor of the previous page
     * @return the page
     * @throws dev.goldshop.core.error.ValidationException if an argument is missing, the range
     *     is empty, or the cursor is not one this method returned
     * @throws dev.goldshop.core.error.PermissionDeniedException without {@code rate:read}
     */
    Page<PostedRate> history(CallContext ctx, MetalType metal, Purity purity, Instant from, Instant to,
            PageRequest page);

    /**
     * Every rate in effect now: each posted purity's current rate, plus a rate derived from the
     * fine rate for each of the metal's {@link MetalType#commonPurities() common purities} that
     * was not posted. Ordered by metal, then purity from the highest. Needs {@code rate:read}.
     *
     * @param ctx who calls
     * @return the board, empty if no rate was ever posted
     * @throws dev.goldshop.core.error.PermissionDeniedException without {@code rate:read}
     */
    List<MetalRate> currentBoard(CallContext ctx);
}
