package dev.goldshop.persistence.internal.mapper;

import dev.goldshop.core.rates.PostedRate;
import dev.goldshop.core.value.MetalType;
import dev.goldshop.core.value.Purity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** The append-only metal_rates history. */
public interface MetalRateMapper {
    /**
     * Appends a rate.
     *
     * @param rate the rate, with its id, poster and time
     * @return 1
     */
    int insert(PostedRate rate);

    /**
     * Tells every engine on this database, at commit, that rates changed.
     *
     * @return ignored
     */
    String notifyChange();

    /**
     * What a cache needs to answer "current rate" for a metal from {@code now} on: each
     * purity's latest rate in effect at {@code now}, and every rate that takes effect later.
     *
     * @param metal the metal
     * @param now the moment of the read
     * @return the rates, by purity and then newest first
     */
    List<PostedRate> selectCurrentAndPending(@Param("metal") MetalType metal, @Param("now") Instant now);

    /**
     * The rate of one purity in effect at a moment.
     *
     * @param metal the metal
     * @param purity the purity
     * @param at the moment
     * @return the rate, or null if none was in effect
     */
    PostedRate selectInEffect(@Param("metal") MetalType metal, @Param("purity") Purity purity,
            @Param("at") Instant at);

    /**
     * The fine rate in effect at a moment: of the purities of 999 or more with a rate in effect
     * then, the highest, and its latest rate.
     *
     * @param metal the metal
     * @param at the moment
     * @return the rate, or null if no fine rate was in effect
     */
    PostedRate selectFineInEffect(@Param("metal") MetalType metal, @Param("at") Instant at);

    /**
     * One page of a purity's history, newest first, after a keyset position.
     *
     * @param metal the metal
     * @param purity the purity
     * @param from earliest effective time, inclusive
     * @param to latest effective time, exclusive
     * @param afterEffectiveFrom the last row's effective time on the previous page, or null
     * @param afterId the last row's id on the previous page, or null
     * @param limit how many rows to return
     * @return the rows
     */
    List<PostedRate> selectPage(@Param("metal") MetalType metal, @Param("purity") Purity purity,
            @Param("from") Instant from, @Param("to") Instant to,
            @Param("afterEffectiveFrom") Instant afterEffectiveFrom, @Param("afterId") UUID afterId,
            @Param("limit") int limit);
}
