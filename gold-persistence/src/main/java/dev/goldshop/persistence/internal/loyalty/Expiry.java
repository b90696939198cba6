package dev.goldshop.persistence.internal.loyalty;

import dev.goldshop.core.context.CallContext;
import dev.goldshop.core.loyalty.ExpiryRun;
import dev.goldshop.core.loyalty.PointsTransactionType;
import dev.goldshop.core.value.Money;
import dev.goldshop.engine.spi.Tx;
import dev.goldshop.persistence.internal.audit.AuditEvent;
import dev.goldshop.persistence.internal.audit.Audited;
import dev.goldshop.persistence.internal.mapper.LoyaltyMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The expiry run: for each customer with lots past their date (in customer id order, the order
 * every multi-customer change locks balances in), one {@code expired} entry per lot for what is
 * left of it, oldest first; then one journal releasing the value from the liability. A lot
 * expires once (its key is {@code expire:<lot>}, and it has nothing left afterwards), so a second
 * run finds nothing.
 */
final class Expiry {
    private final LoyaltySupport support;
    private final PointsBook book;
    private final LoyaltyPostings postings;

    Expiry(LoyaltySupport support, PointsBook book, LoyaltyPostings postings) {
        this.support = support;
        this.book = book;
        this.postings = postings;
    }

    Audited<ExpiryRun> run(Tx tx, CallContext ctx) {
        LoyaltyMapper loyalty = tx.mapper(LoyaltyMapper.class);
        Instant now = support.now();
        LocalDate today = support.dateOf(now);
        UUID runId = support.newId();
        int entries = 0;
        int customers = 0;
        long points = 0;
        Money value = support.zero();
        for (UUID customerId : loyalty.selectCustomersWithExpiredLots(today)) {
            book.lock(tx, customerId);
            List<LotRow> lots = loyalty.selectExpiredLots(customerId, today);
            if (lots.isEmpty()) {
                continue;
            }
            customers++;
            for (LotRow lot : lots) {
                Money lotValue = support.valueOf(lot.remaining);
                book.expire(tx, new Movement(customerId, PointsTransactionType.EXPIRED, -lot.remaining, lotValue,
                        "expiry", lot.entryId, null, null, "Expired on " + lot.expiryDate + ": " + lot.remaining
                                + " of " + lot.points + " points added " + support.dateOf(lot.createdAt)
                                + " were left unspent", null, "expire:" + lot.entryId, null, ctx.actor().userId()),
                        lot);
                entries++;
                points += lot.remaining;
                value = value.plus(lotValue);
            }
        }
        postings.release(tx, ctx, today, LoyaltyPostings.EXPIRY, runId, value,
                "Loyalty points expired before " + today);
        ExpiryRun run = new ExpiryRun(today, entries, customers, points, value);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("as_of", today.toString());
        summary.put("entries", entries);
        summary.put("customers", customers);
        summary.put("points", points);
        summary.put("value", value.amount().toPlainString());
        return Audited.of(run, new AuditEvent("expire", LoyaltySupport.POINTS, runId, null, summary, Map.of()));
    }
}
